package io.github.sedexplorer.lab;

import io.github.sedexplorer.bench.SharedBenchmarks;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

import org.opentest4j.TestAbortedException;

/**
 * Skips a jqwik container when the lab's real tables are absent, with SharedBenchmarks' message: an assumption
 * inside a property would reject every try until jqwik gives up and fails.
 */
public final class NeedsLabTables implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        try {
            SharedBenchmarks.file("nb201-nats-landscape.csv");
            SharedBenchmarks.file("tnb101-micro-naslib.csv");
            return SkipResult.doNotSkip();
        } catch (TestAbortedException absent) {
            return SkipResult.skip(absent.getMessage());
        }
    }
}
