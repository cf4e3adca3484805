package org.tmfsafety.methodology.dambreak;

/**
 * How far a model's estimates fall from observations, in log10 space (the measure of the dam-break validation,
 * docs/methodology/dam-break.md): residual r = log10(estimate / observed).
 *
 * @param n number of pairs
 * @param rmse root mean square of the residuals
 * @param bias mean residual (positive: the model overestimates)
 * @param withinFactor2 share of pairs whose estimate is within a factor of 2 of the observation
 * @param withinFactor3 share within a factor of 3
 */
public record LogErrors(int n, double rmse, double bias, double withinFactor2, double withinFactor3) {

    /**
     * Measures estimates against observations, pair by pair.
     *
     * @throws IllegalArgumentException when the arrays differ in length, are empty, or hold a value not above 0
     */
    public static LogErrors of(double[] estimates, double[] observed) {
        if (estimates.length != observed.length || estimates.length == 0) {
            throw new IllegalArgumentException("need as many estimates as observations, at least one: "
                    + estimates.length + " and " + observed.length);
        }
        double sumSquares = 0;
        double sum = 0;
        int within2 = 0;
        int within3 = 0;
        for (int i = 0; i < estimates.length; i++) {
            if (!(estimates[i] > 0) || !(observed[i] > 0) || !Double.isFinite(estimates[i])
                    || !Double.isFinite(observed[i])) {
                throw new IllegalArgumentException("values must be finite and above 0, pair " + i);
            }
            double residual = Math.log10(estimates[i] / observed[i]);
            sumSquares += residual * residual;
            sum += residual;
            within2 += Math.abs(residual) <= Math.log10(2) ? 1 : 0;
            within3 += Math.abs(residual) <= Math.log10(3) ? 1 : 0;
        }
        int n = estimates.length;
        return new LogErrors(n, Math.sqrt(sumSquares / n), sum / n, within2 / (double) n, within3 / (double) n);
    }
}
