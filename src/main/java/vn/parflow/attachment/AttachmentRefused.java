package vn.parflow.attachment;

import org.springframework.http.HttpStatus;

/** A refused upload or download, with the status to answer and a Vietnamese message saying why. */
class AttachmentRefused extends RuntimeException {

	private final HttpStatus status;

	AttachmentRefused(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

}
