package vn.parflow.attachment;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A refused upload or download, with the status to answer and a Vietnamese message saying why (the problem's
 * {@code detail}).
 */
class AttachmentRefused extends ErrorResponseException {

	AttachmentRefused(HttpStatus status, String message) {
		super(status);
		getBody().setDetail(message);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
