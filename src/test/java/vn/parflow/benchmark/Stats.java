package vn.parflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one measure, in milliseconds. */
final class Stats {

	private final List<Double> samples = new ArrayList<>();

	void add(long nanos) {
		samples.add(nanos / 1_000_000.0);
	}

	int size() {
		return samples.size();
	}

	double p(double percentile) {
		if (samples.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	double p50() {
		return p(50);
	}

	double p95() {
		return p(95);
	}

	static String ms(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value);
	}

	static String ratio(double parflow, double bare) {
		if (Double.isNaN(parflow) || Double.isNaN(bare) || bare <= 0) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f×", parflow / bare);
	}

}
