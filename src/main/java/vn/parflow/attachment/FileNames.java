package vn.parflow.attachment;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a file is shown and downloaded under: the uploader's name without any folder part, control or
 * direction-changing characters, or signs that file systems refuse, Vietnamese letters kept, at most 150
 * characters before the extension. The file itself is stored under its id, never under this name.
 */
final class FileNames {

	static final String FALLBACK = "tep-dinh-kem";

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");

	private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");

	private static final int MAX_BASE = 150;

	private FileNames() {
	}

	static String clean(String original) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = INVISIBLE.matcher(name).replaceAll("");
		name = RESERVED.matcher(name).replaceAll("_");
		name = name.replaceAll("\\s+", " ").strip();
		name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
		int dot = name.lastIndexOf('.');
		String base = dot < 0 ? name : name.substring(0, dot).strip();
		String extension = dot < 0 ? "" : name.substring(dot);
		if (base.codePointCount(0, base.length()) > MAX_BASE) {
			base = base.substring(0, base.offsetByCodePoints(0, MAX_BASE)).strip();
		}
		if (base.isEmpty()) {
			base = FALLBACK;
		}
		return base + extension;
	}

}
