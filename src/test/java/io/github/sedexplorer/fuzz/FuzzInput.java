package io.github.sedexplorer.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One fuzz input: named parts (a line of text for a parser, or the bytes of a file or of standard input), the
 * command-line arguments that go with it, the lines known to be good (each must be scored), and a few words on
 * how it was made. Parts are text when the API under test takes a {@code String} (so lone surrogates can be
 * tried) and bytes when it reads a file or a stream (so invalid UTF-8 and NUL bytes can be).
 */
final class FuzzInput {

    /** A part is exactly one of text and bytes. */
    record Part(String text, byte[] bytes) {
        static Part text(String s) {
            return new Part(s, null);
        }

        static Part bytes(byte[] b) {
            return new Part(null, b);
        }

        boolean isText() {
            return text != null;
        }

        int length() {
            return isText() ? text.length() : bytes.length;
        }

        /** The part as a string; bytes decoded as UTF-8 with replacement. */
        String asString() {
            return isText() ? text : new String(bytes, StandardCharsets.UTF_8);
        }

        byte[] asBytes() {
            return isText() ? text.getBytes(StandardCharsets.UTF_8) : bytes;
        }

        Part cut(int from, int to) {
            if (isText()) {
                return text(text.substring(0, from) + text.substring(to));
            }
            byte[] b = new byte[bytes.length - (to - from)];
            System.arraycopy(bytes, 0, b, 0, from);
            System.arraycopy(bytes, to, b, from, bytes.length - to);
            return bytes(b);
        }
    }

    private final Map<String, Part> parts;
    private final List<String> args;
    private final Set<String> goodLines;
    private final String how;

    FuzzInput(Map<String, Part> parts, List<String> args, Set<String> goodLines, String how) {
        this.parts = new LinkedHashMap<>(parts);
        this.args = List.copyOf(args);
        this.goodLines = Set.copyOf(goodLines);
        this.how = how;
    }

    static FuzzInput ofText(String part, String text, String how) {
        return new FuzzInput(Map.of(part, Part.text(text)), List.of(), Set.of(), how);
    }

    static FuzzInput ofBytes(String part, byte[] bytes, String how) {
        return new FuzzInput(Map.of(part, Part.bytes(bytes)), List.of(), Set.of(), how);
    }

    Map<String, Part> parts() {
        return parts;
    }

    Part part(String name) {
        Part p = parts.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return p;
    }

    boolean has(String name) {
        return parts.containsKey(name);
    }

    String text(String name) {
        return part(name).asString();
    }

    byte[] bytes(String name) {
        return part(name).asBytes();
    }

    List<String> args() {
        return args;
    }

    Set<String> goodLines() {
        return goodLines;
    }

    String how() {
        return how;
    }

    FuzzInput with(String name, Part p) {
        Map<String, Part> copy = new LinkedHashMap<>(parts);
        copy.put(name, p);
        return new FuzzInput(copy, args, goodLines, how);
    }

    FuzzInput withArgs(List<String> newArgs) {
        return new FuzzInput(parts, newArgs, goodLines, how);
    }

    long size() {
        return parts.values().stream().mapToLong(Part::length).sum();
    }
}
