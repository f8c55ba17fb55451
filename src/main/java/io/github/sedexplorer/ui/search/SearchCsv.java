package io.github.sedexplorer.ui.search;

import io.github.sedexplorer.ui.export.Csv;
import io.github.sedexplorer.ui.search.SearchViewModel.Result;

import java.util.List;

/**
 * The Search tab's results as CSV ({@link Csv}: RFC 4180, fields quoted by {@code CsvFields.quote}):
 * rank, score (every digit; -inf for a disconnected cell), params, the arch in the space's format, then the table's
 * target column when results have accuracy, and the isomorphs folded into each row when folding is on.
 */
final class SearchCsv {

    private SearchCsv() {
    }

    static String of(List<Result> results, String target, boolean folded) {
        Csv out = new Csv().text("rank").text("score").text("params").text("arch");
        boolean accuracy = target != null && results.stream().anyMatch(r -> !Double.isNaN(r.accuracy()));
        if (accuracy) {
            out.text(target);
        }
        if (folded) {
            out.text("isomorphs");
        }
        out.end();
        for (Result r : results) {
            out.integer(r.rank()).number(r.candidate().score()).integer(r.candidate().params()).text(r.arch());
            if (accuracy) {
                out.number(r.accuracy());
            }
            if (folded) {
                out.integer(r.isomorphs());
            }
            out.end();
        }
        return out.toString();
    }
}
