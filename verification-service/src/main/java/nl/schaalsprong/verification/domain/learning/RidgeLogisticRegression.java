package nl.schaalsprong.verification.domain.learning;

/**
 * L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's method on the
 * penalised log-likelihood). The intercept (column 0 of the design, all ones) is penalised only by a token
 * amount, so it converges even when a bootstrap sample holds one outcome only. Plain Java: the models here
 * have a handful of dimensions, so a dense solve is all it takes.
 */
public final class RidgeLogisticRegression {

    private static final double INTERCEPT_PENALTY = 1e-6;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-9;

    private RidgeLogisticRegression() {
    }

    /**
     * @param design rows of [1, x1, ..., xp]
     * @param y      1 for a confirmation, 0 otherwise
     * @param lambda the L2 penalty on x1..xp
     * @return the coefficients, intercept first
     */
    public static double[] fit(double[][] design, double[] y, double lambda) {
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1.0);
        return fit(design, y, ones, lambda);
    }

    /**
     * The same with a weight per example on its log-likelihood (1: a full example; 0.5: counts half, as a
     * self-selected one does, see {@link TransferExample#weight}).
     */
    public static double[] fit(double[][] design, double[] y, double[] weights, double lambda) {
        int n = design.length;
        int p = design[0].length;
        double[] beta = new double[p];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < n; i++) {
                double[] x = design[i];
                double mu = sigmoid(dot(x, beta));
                double w = weights[i] * Math.max(mu * (1 - mu), 1e-12);
                double residual = weights[i] * (y[i] - mu);
                for (int a = 0; a < p; a++) {
                    gradient[a] += x[a] * residual;
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += w * x[a] * x[b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                double penalty = a == 0 ? INTERCEPT_PENALTY : lambda;
                gradient[a] -= penalty * beta[a];
                hessian[a][a] += penalty;
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
            }
            double[] step = solveSymmetricPositiveDefinite(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < p; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return beta;
    }

    public static double predict(double[] beta, double[] row) {
        return sigmoid(dot(row, beta));
    }

    static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    private static double dot(double[] x, double[] beta) {
        double sum = 0;
        for (int a = 0; a < x.length; a++) {
            sum += x[a] * beta[a];
        }
        return sum;
    }

    /** Cholesky: the penalised Hessian is symmetric positive definite. */
    static double[] solveSymmetricPositiveDefinite(double[][] m, double[] rhs) {
        int p = rhs.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new ArithmeticException("matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = rhs[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < p; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
