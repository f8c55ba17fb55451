package io.github.sedexplorer.search;

import io.github.sedexplorer.cell.Architecture;
import io.github.sedexplorer.cell.Cell;
import io.github.sedexplorer.cell.CellIsomorphism;
import io.github.sedexplorer.cell.CellRuleException;
import io.github.sedexplorer.cell.ParamCount;
import io.github.sedexplorer.cell.SearchSpace;
import io.github.sedexplorer.cell.SedException;
import io.github.sedexplorer.cell.SpaceEnumerator;
import io.github.sedexplorer.sed.SedModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SED-driven architecture search: exhaustive over NB201 / TransNAS micro, uniform random sampling and
 * regularized evolution (Real et al. 2019) over every space but free cells. Results are the best
 * {@code top} distinct architectures, best first (see {@link Candidate}); ties go to fewer params,
 * then to the arch string. A parameter budget ({@code paramBudget > 0}) counts convolution weights at
 * the model's channel count; architectures over it are never returned, and random draws and mutations
 * over it are re-drawn like invalid ones, so every evaluation counts toward {@code samples}.
 * Random and evolution are deterministic for a seed.
 */
public final class Search {

    /** The three ways to search; only an enumerable space can be searched exhaustively. */
    public enum Algorithm {
        EXHAUSTIVE, RANDOM, EVOLUTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Regularized evolution's population size P and tournament sample size S. */
    public static final int POPULATION = 50;
    public static final int TOURNAMENT = 10;
    /** Mutations tried for one valid child within the budget before giving up. */
    static final int MAX_DRAWS = 100_000;
    /** Draws over the budget tolerated before a draw is made cheaper instead (see {@link #random}). */
    static final int MAX_REJECTIONS = 1_000;

    private static final Map<SearchSpace, List<Architecture>> ENUMERATED = new EnumMap<>(SearchSpace.class);

    private Search() {
    }

    /**
     * Scores every cell of an enumerable space.
     *
     * @throws SedException when the space is not enumerable (only nb201 and transnas are) or top < 1
     */
    public static List<Candidate> exhaustive(SearchSpace space, SedModel model, long paramBudget, int top,
                                             SearchListener listener) {
        return exhaustiveOutcome(space, model, paramBudget, top, listener).best();
    }

    /**
     * Runs the algorithm ({@code samples} and {@code seed} are ignored by exhaustive search) and returns everything
     * it found: when the listener stops it, the best of what it evaluated so far.
     */
    public static Outcome run(Algorithm algorithm, SearchSpace space, SedModel model, long paramBudget, int samples,
                              long seed, int top, SearchListener listener) {
        return switch (algorithm) {
            case EXHAUSTIVE -> exhaustiveOutcome(space, model, paramBudget, top, listener);
            case RANDOM -> randomOutcome(space, model, paramBudget, samples, seed, top, listener);
            case EVOLUTION -> evolutionOutcome(space, model, paramBudget, samples, seed, top, listener);
        };
    }

    private static Outcome exhaustiveOutcome(SearchSpace space, SedModel model, long paramBudget, int top,
                                             SearchListener listener) {
        if (!SpaceEnumerator.enumerable(space)) {
            throw new SedException("exhaustive search needs an enumerable space (nb201 or transnas), not " + space.id()
                    + "; use random or evolution");
        }
        Evaluator ev = new Evaluator(space, model, paramBudget, top, listener, SpaceEnumerator.size(space));
        for (Architecture a : enumerated(space)) {
            if (ev.stopped()) {
                break;
            }
            ev.evaluate(a);
        }
        return ev.finish();
    }

    /**
     * Evaluates {@code samples} uniformly drawn valid architectures within the budget. Under a budget so
     * tight that {@value #MAX_REJECTIONS} draws in a row exceed it, the next draw has random weighted ops
     * replaced by weightless ones (pools, skip, none) until it fits: no longer uniform, but it terminates.
     */
    public static List<Candidate> random(SearchSpace space, SedModel model, long paramBudget, int samples, long seed,
                                         int top, SearchListener listener) {
        return randomOutcome(space, model, paramBudget, samples, seed, top, listener).best();
    }

    private static Outcome randomOutcome(SearchSpace space, SedModel model, long paramBudget, int samples, long seed,
                                         int top, SearchListener listener) {
        requireSampled(space, samples);
        Evaluator ev = new Evaluator(space, model, paramBudget, top, listener, samples);
        SplittableRandom random = new SplittableRandom(seed);
        while (ev.evaluated < samples && !ev.stopped()) {
            ev.evaluate(draw(space, random, ev).architecture);
        }
        return ev.finish();
    }

    /**
     * Regularized evolution: a population of {@value #POPULATION} random architectures; then, until
     * {@code samples} evaluations, the best of {@value #TOURNAMENT} members drawn at random (with
     * replacement) is mutated once, the child joins and the oldest member leaves.
     */
    public static List<Candidate> evolution(SearchSpace space, SedModel model, long paramBudget, int samples,
                                            long seed, int top, SearchListener listener) {
        return evolutionOutcome(space, model, paramBudget, samples, seed, top, listener).best();
    }

    private static Outcome evolutionOutcome(SearchSpace space, SedModel model, long paramBudget, int samples,
                                            long seed, int top, SearchListener listener) {
        requireSampled(space, samples);
        Evaluator ev = new Evaluator(space, model, paramBudget, top, listener, samples);
        SplittableRandom random = new SplittableRandom(seed);
        List<Individual> population = new ArrayList<>(POPULATION + 1);
        while (population.size() < POPULATION && ev.evaluated < samples && !ev.stopped()) {
            Individual fresh = draw(space, random, ev);
            population.add(fresh.scored(ev.evaluate(fresh.architecture)));
        }
        while (ev.evaluated < samples && !ev.stopped()) {
            Individual parent = population.get(random.nextInt(population.size()));
            for (int i = 1; i < TOURNAMENT; i++) {
                Individual rival = population.get(random.nextInt(population.size()));
                if (rival.score > parent.score) {
                    parent = rival;
                }
            }
            Individual child = mutate(parent, random, ev);
            population.add(child.scored(ev.evaluate(child.architecture)));
            population.remove(0);
        }
        return ev.finish();
    }

    /** The space's cells, enumerated once per JVM. */
    static List<Architecture> enumerated(SearchSpace space) {
        synchronized (ENUMERATED) {
            return ENUMERATED.computeIfAbsent(space,
                    s -> SpaceEnumerator.cells(s).stream().map(Architecture::of).toList());
        }
    }

    /** Whether the space's architectures have isomorphism keys: DARTS cells have two inputs, which keys do not handle. */
    public static boolean foldable(SearchSpace space) {
        return space == SearchSpace.NB201 || space == SearchSpace.TRANSNAS_MICRO || space == SearchSpace.NB101;
    }

    /** The isomorphism class of an architecture of a {@link #foldable} space. */
    static String isomorphismKey(Architecture a) {
        StringBuilder key = new StringBuilder();
        for (Cell cell : a.cells()) {
            key.append(CellIsomorphism.key(cell)).append(';');
        }
        return key.toString();
    }

    private static void requireSampled(SearchSpace space, int samples) {
        if (space == SearchSpace.FREE) {
            throw new SedException("free cells have no search space to sample; pick nb201, transnas, nb101 or darts");
        }
        if (samples < 1) {
            throw new SedException("a search needs at least 1 sample, not " + samples);
        }
    }

    private record Individual(Genome genome, Architecture architecture, double score) {
        Individual scored(double s) {
            return new Individual(genome, architecture, s);
        }
    }

    private static Individual draw(SearchSpace space, SplittableRandom random, Evaluator ev) {
        Genome genome = null;
        for (int rejected = 0; ; ) {
            genome = Genome.random(space, random);
            try {
                Architecture a = genome.decode();
                if (ev.fits(a)) {
                    return new Individual(genome, a, Double.NaN);
                }
            } catch (CellRuleException invalid) {
                continue; // invalid draws never count
            }
            if (++rejected == MAX_REJECTIONS) {
                break;
            }
        }
        while (true) {
            Genome cheaper = genome.cheaper(random);
            if (cheaper == null) {
                throw new SedException(noneFound("random draws", ev)); // unreachable: a genome without weights fits any budget
            }
            genome = cheaper;
            Individual fresh = decode(genome, ev);
            if (fresh != null) {
                return fresh;
            }
        }
    }

    private static Individual mutate(Individual parent, SplittableRandom random, Evaluator ev) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            Individual child = decode(parent.genome.mutate(random), ev);
            if (child != null) {
                return child;
            }
        }
        throw new SedException(noneFound("mutations", ev));
    }

    private static String noneFound(String what, Evaluator ev) {
        return "no valid architecture within the budget of " + ev.paramBudget + " params after " + MAX_DRAWS + " " + what;
    }

    /** The genome's architecture if it is valid and within the budget, else null. */
    private static Individual decode(Genome genome, Evaluator ev) {
        Architecture a;
        try {
            a = genome.decode();
        } catch (CellRuleException invalid) {
            return null;
        }
        return ev.fits(a) ? new Individual(genome, a, Double.NaN) : null;
    }

    /** Scores, counts, reports progress and keeps the ranking. */
    private static final class Evaluator {
        private static final int REPORT_EVERY = 64;

        final SedModel model;
        final long paramBudget;
        final int channels;
        final SearchListener listener;
        final long total;
        final Ranking ranking;
        final Ranking classes;
        long evaluated;
        double best = Double.NEGATIVE_INFINITY;

        Evaluator(SearchSpace space, SedModel model, long paramBudget, int top, SearchListener listener, long total) {
            if (top < 1) {
                throw new SedException("a search keeps at least the top 1 architecture, not " + top);
            }
            this.model = model;
            this.paramBudget = paramBudget;
            this.channels = model.opEntropy().channels();
            this.listener = listener == null ? SearchListener.NONE : listener;
            this.total = total;
            this.ranking = new Ranking(top);
            this.classes = foldable(space) ? new Ranking(top, Search::isomorphismKey) : null;
        }

        boolean fits(Architecture a) {
            return paramBudget <= 0 || ParamCount.of(a, channels) <= paramBudget;
        }

        boolean stopped() {
            return listener.stopped();
        }

        double evaluate(Architecture a) {
            double score = model.score(a);
            long params = ParamCount.of(a, channels);
            ++evaluated;
            if (paramBudget <= 0 || params <= paramBudget) {
                ranking.offer(a, score, params);
                if (classes != null) {
                    classes.offer(a, score, params);
                }
                if (score > best) {
                    best = score;
                    listener.improved(evaluated, score);
                }
            }
            if (evaluated % REPORT_EVERY == 0) {
                listener.progress(evaluated, total);
            }
            return score;
        }

        Outcome finish() {
            listener.progress(evaluated, total);
            return new Outcome(ranking.result(), classes == null ? List.of() : classes.folded(), classes != null,
                    evaluated, total);
        }
    }
}
