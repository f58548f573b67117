package dev.reelrank.cli;

/** Input the user can correct (an existing output file, a bad value); exit code 2. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
