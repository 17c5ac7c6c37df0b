package vn.parflow.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a unit's name is compared: the plans write one office many ways ("Văn phòng HĐND và UBND xã",
 * {@code VP HĐND&UBND}, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"), and all of them must land on one key.
 * The key is lower case, without diacritics (đ becomes d, so the old and new tone placements "hoá" and "hóa"
 * agree), without punctuation or dashes, with the usual abbreviations written out (VP, HĐND, UBND, VH-XH) and
 * without a trailing "xã", "phường", "thị trấn", "cấp xã" or "của xã".
 */
final class UnitNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern NOT_ASCII_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

	/** Abbreviations, keyed by their form without diacritics ("VH-XH" is the two words vh and xh). */
	private static final Map<String, String> ABBREVIATIONS = Map.of(
			"vp", "van phong",
			"hdnd", "hoi dong nhan dan",
			"ubnd", "uy ban nhan dan",
			"vh", "van hoa",
			"xh", "xa hoi",
			"vhxh", "van hoa xa hoi");

	/**
	 * Tails that say the unit is the commune's own, not which one; longest first. Compared with their diacritics,
	 * since "của" (of) and "cửa" (door, as in "Bộ phận một cửa") are one word without them. "thị xã" (the town
	 * above the commune) is not one of them: "Văn phòng HĐND và UBND thị xã" is another office than the commune's.
	 */
	private static final List<List<String>> TAILS = List.of(
			List.of("của", "thị", "trấn"),
			List.of("của", "xã"),
			List.of("của", "phường"),
			List.of("cấp", "xã"),
			List.of("cấp", "phường"),
			List.of("thị", "trấn"),
			List.of("xã"),
			List.of("phường"));

	private UnitNames() {
	}

	/** The comparison key of a unit name as written; "" for null or a name with no letters. */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("&", " và ");
		text = NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ").strip();
		if (text.isEmpty()) {
			return "";
		}
		List<String> words = new ArrayList<>();
		for (String word : dropTail(Arrays.asList(text.split(" ")))) {
			String plain = MARKS.matcher(Normalizer.normalize(word.replace('đ', 'd'), Normalizer.Form.NFD))
				.replaceAll("");
			words.addAll(Arrays.asList(ABBREVIATIONS.getOrDefault(plain, plain).split(" ")));
		}
		return String.join(" ", words);
	}

	private static List<String> dropTail(List<String> words) {
		List<String> kept = words;
		boolean dropped = true;
		while (dropped) {
			dropped = false;
			for (List<String> tail : TAILS) {
				if (kept.size() > tail.size() && kept.subList(kept.size() - tail.size(), kept.size()).equals(tail)) {
					kept = kept.subList(0, kept.size() - tail.size());
					dropped = true;
					break;
				}
			}
		}
		return kept;
	}

	/**
	 * The directory locality a plan's locality as written stands for: lower case, without diacritics (đ becomes d),
	 * words joined by hyphens ("xã Việt Khê" → {@code xa-viet-khe}, a code such as {@code xa-viet-khe} stays as it
	 * is); null when nothing of it is left.
	 */
	static String localityCode(String written) {
		if (written == null) {
			return null;
		}
		String plain = MARKS.matcher(Normalizer.normalize(written.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
				Normalizer.Form.NFD)).replaceAll("");
		String code = NOT_ASCII_LETTER_OR_DIGIT.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
		return code.isEmpty() ? null : code;
	}

	/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. */
	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
