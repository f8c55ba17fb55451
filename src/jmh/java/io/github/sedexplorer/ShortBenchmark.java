package io.github.sedexplorer;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks of the app's per-edit and per-paint work share (JMH reads these annotations from the
 * superclass): average time of one operation, state per benchmark, 3 warm-up and 5 measured iterations of a second,
 * one fork. A subclass names its time unit, and longer iterations where one operation takes a large part of a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class ShortBenchmark {
}
