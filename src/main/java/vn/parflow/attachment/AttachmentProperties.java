package vn.parflow.attachment;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files go and how large they may be.
 *
 * @param maxSize the largest file accepted (Spring's {@code spring.servlet.multipart.max-file-size} caps it too)
 * @param dir     the folder the files are kept in, named by their id; outside any folder the web server serves
 */
@ConfigurationProperties("parflow.attachments")
record AttachmentProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("./uploads") Path dir) {
}
