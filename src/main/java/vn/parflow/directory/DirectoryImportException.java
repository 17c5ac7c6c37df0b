package vn.parflow.directory;

import java.util.List;

/**
 * A directory file that cannot be imported. Nothing of it was stored. The message is Vietnamese and names every
 * entry at fault; {@link #problems()} lists them one by one.
 */
public class DirectoryImportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String source;

	private final List<String> problems;

	public DirectoryImportException(String source, List<String> problems) {
		this(source, problems, null);
	}

	public DirectoryImportException(String source, List<String> problems, Throwable cause) {
		super(message(source, problems), cause);
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	private static String message(String source, List<String> problems) {
		if (problems.size() == 1) {
			return "Không nhập được danh mục “%s”: %s".formatted(source, problems.get(0));
		}
		return "Không nhập được danh mục “%s” (%d lỗi):%n- %s".formatted(source, problems.size(),
				String.join(System.lineSeparator() + "- ", problems));
	}

	/** The file's name, as given to the import. */
	public String source() {
		return source;
	}

	/** One Vietnamese sentence per problem, each naming its entry. */
	public List<String> problems() {
		return problems;
	}

}
