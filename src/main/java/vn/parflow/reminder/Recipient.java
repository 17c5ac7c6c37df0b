package vn.parflow.reminder;

/** A person mail goes to: their username (also their Camunda user), name and address. */
record Recipient(String username, String fullName, String email) {
}
