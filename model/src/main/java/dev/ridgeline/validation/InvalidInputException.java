package dev.ridgeline.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input, with every problem found (not just the first), each naming its field and allowed range. */
public final class InvalidInputException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidInputException(String source, List<Problem> problems) {
        super(Quote.cap(source) + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this("input", List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
