package io.github.sedexplorer.cell;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation as data: a family and, for convolutions and pools, a kernel size.
 * Benchmark spellings ({@code nor_conv_3x3}, {@code conv3x3-bn-relu}, {@code max_pool_3x3}, ...)
 * are aliases resolved by {@link #parse(String)}; a search space decides how it spells an op.
 */
public record Op(OpFamily family, int kernel) {

    public static final int MAX_KERNEL = 31;

    /** Longer than any name an operation is spelled by (with white space around it). */
    private static final int MAX_NAME = 64;

    public static final Op NONE = new Op(OpFamily.NONE, 0);
    public static final Op SKIP = new Op(OpFamily.SKIP, 0);
    public static final Op CONV_1X1 = conv(1);
    public static final Op CONV_3X3 = conv(3);
    public static final Op AVG_POOL_3X3 = new Op(OpFamily.AVG_POOL, 3);
    public static final Op MAX_POOL_3X3 = new Op(OpFamily.MAX_POOL, 3);
    public static final Op SEP_CONV_3X3 = new Op(OpFamily.SEP_CONV, 3);
    public static final Op SEP_CONV_5X5 = new Op(OpFamily.SEP_CONV, 5);
    public static final Op DIL_CONV_3X3 = new Op(OpFamily.DIL_CONV, 3);
    public static final Op DIL_CONV_5X5 = new Op(OpFamily.DIL_CONV, 5);

    public Op {
        if (family == null) {
            throw new IllegalArgumentException("operation family is missing");
        }
        if (family.sized() && (kernel < 1 || kernel > MAX_KERNEL)) {
            throw new IllegalArgumentException(
                    "kernel of " + family.prefix() + " must be 1.." + MAX_KERNEL + ", not " + kernel);
        }
        if (!family.sized() && kernel != 0) {
            throw new IllegalArgumentException(family.prefix() + " has no kernel size");
        }
    }

    public static Op conv(int k) {
        return new Op(OpFamily.CONV, k);
    }

    /** Canonical name, e.g. {@code conv_3x3}, {@code sep_conv_5x5}, {@code max_pool_3x3}, {@code skip}. */
    public String name() {
        return family.sized() ? family.prefix() + "_" + kernel + "x" + kernel : family.prefix();
    }

    @Override
    public String toString() {
        return name();
    }

    /** Whether the op carries signal (everything but {@code none}). */
    public boolean isReal() {
        return family != OpFamily.NONE;
    }

    private static final Map<String, Op> ALIASES = Map.ofEntries(
            Map.entry("none", NONE), Map.entry("zero", NONE), Map.entry("zeroize", NONE),
            Map.entry("skip", SKIP), Map.entry("skip_connect", SKIP), Map.entry("identity", SKIP),
            Map.entry("skipconnect", SKIP));

    private static final Pattern SIZED = Pattern.compile(
            "(nor_conv|conv|sep_conv|dil_conv|avg_pool|max_pool|maxpool|avgpool)_?(\\d{1,2})x(\\d{1,2})(-bn-relu)?");

    /**
     * Resolves a benchmark or canonical op name, case-insensitively.
     *
     * @return the op, or empty when the name is not an operation
     */
    public static Optional<Op> parse(String name) {
        if (name == null || name.length() > MAX_NAME) {
            return Optional.empty(); // no operation's name is that long: not worth lower-casing a megabyte
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        Op alias = ALIASES.get(n);
        if (alias != null) {
            return Optional.of(alias);
        }
        Matcher m = SIZED.matcher(n);
        if (!m.matches() || !m.group(2).equals(m.group(3))) {
            return Optional.empty();
        }
        int k = Integer.parseInt(m.group(2));
        if (k < 1 || k > MAX_KERNEL) {
            return Optional.empty();
        }
        OpFamily family = switch (m.group(1)) {
            case "nor_conv", "conv" -> OpFamily.CONV;
            case "sep_conv" -> OpFamily.SEP_CONV;
            case "dil_conv" -> OpFamily.DIL_CONV;
            case "avg_pool", "avgpool" -> OpFamily.AVG_POOL;
            default -> OpFamily.MAX_POOL;
        };
        if (m.group(4) != null && family != OpFamily.CONV) {
            return Optional.empty();
        }
        return Optional.of(new Op(family, k));
    }
}
