package vn.parflow.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON body an endpoint expects, as the person calling it should write it: a body that is not JSON, or not of
 * that form, is answered 400 with this example in the problem's {@code detail} ({@link ApiErrors}).
 *
 * <pre>
 * &#64;PutMapping
 * &#64;BodyExample("{\"enabled\": true} hoặc {\"enabled\": false}")
 * DigestSetting set(&#64;RequestBody DigestSetting setting, Principal principal)
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BodyExample {

	/** The body, e.g. {@code {"enabled": true}}. */
	String value();

}
