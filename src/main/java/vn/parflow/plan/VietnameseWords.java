package vn.parflow.plan;

import java.text.Normalizer;
import java.util.Locale;

/** Small checks on Vietnamese cell text that ignore accents and case. */
final class VietnameseWords {

	private VietnameseWords() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	/** "Xây dựng báo cáo …", "BC công tác CCHC", "Bái cáo" (as issued). */
	static boolean mentionsReport(String text) {
		if (text == null) {
			return false;
		}
		String folded = " " + fold(text) + " ";
		return folded.contains("bao cao") || folded.contains("bai cao") || folded.matches("(?s).*[^a-z]bc[^a-z].*");
	}

}
