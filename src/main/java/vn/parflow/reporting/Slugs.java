package vn.parflow.reporting;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ASCII keys from Vietnamese names: "Báo cáo công tác CCHC" → "bao-cao-cong-tac-cchc", "Quý III" → "quy-iii". */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** At most {@code max} characters, cut at a hyphen when possible. */
	public static String of(String text, int max) {
		String slug = of(text);
		if (slug.length() <= max) {
			return slug;
		}
		String cut = slug.substring(0, max);
		int hyphen = cut.lastIndexOf('-');
		return hyphen > max / 2 ? cut.substring(0, hyphen) : cut;
	}

}
