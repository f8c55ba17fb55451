package io.github.sedexplorer.sed;

/** What the aggregations over an op-entropy table share: the table and the id. */
abstract class AggregatingModel implements SedModel {

    protected final OpEntropy entropy;
    private final String id;

    AggregatingModel(String id, OpEntropy entropy) {
        this.id = id;
        this.entropy = entropy;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final OpEntropy opEntropy() {
        return entropy;
    }

    @Override
    public String toString() {
        return id + " (" + entropy + ")";
    }
}
