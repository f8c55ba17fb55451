package io.github.sedexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NiceTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, NiceTicks.step(0, 1, 5), 1e-12);
        assertEquals(5, NiceTicks.step(0, 37, 8), 1e-12);
        assertEquals(10, NiceTicks.step(-0.12, 70, 7), 1e-12);
        assertEquals(2e-5, NiceTicks.step(0, 1e-4, 5), 1e-18);
        assertEquals(1, NiceTicks.step(3, 3, 5), 0, "empty range");
    }

    @Test
    void ticksAreExactMultiplesInsideTheRange() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}, NiceTicks.ticks(-0.01, 1.01, 0.2));
        assertArrayEquals(new double[] {-10, -5, 0}, NiceTicks.ticks(-12, 3, 5));
    }

    @Test
    void labelsCarryTheStepsDecimals() {
        assertEquals("0.6", NiceTicks.label(0.6000000000000001, 0.2));
        assertEquals("\u22125", NiceTicks.label(-5, 5));
        assertEquals("0", NiceTicks.label(1e-17, 0.1));
        assertEquals("2.50", NiceTicks.label(2.5, 0.05));
        assertEquals("1500", NiceTicks.label(1500, 500));
        assertEquals("3.0e-5", NiceTicks.label(3e-5, 1e-5));
        assertEquals("2.0e7", NiceTicks.label(2e7, 1e7));
    }
}
