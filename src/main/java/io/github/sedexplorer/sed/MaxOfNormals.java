package io.github.sedexplorer.sed;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Variance of the maximum of n i.i.d. standard normal variables, by numerical integration of
 * the order-statistic density n·φ(x)·Φ(x)^(n−1) (Hipparchus' Gauss–Legendre integrator).
 */
public final class MaxOfNormals {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    private static final double BOUND = 12.0;

    private MaxOfNormals() {
    }

    public static double variance(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        if (n == 1) {
            return 1.0;
        }
        double mean = moment(n, 1);
        return moment(n, 2) - mean * mean;
    }

    private static double moment(int n, int power) {
        UnivariateFunction density = x -> Math.pow(x, power) * n * STANDARD.density(x)
                * Math.pow(STANDARD.cumulativeProbability(x), n - 1);
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-14);
        return integrator.integrate(1_000_000, density, -BOUND, BOUND);
    }
}
