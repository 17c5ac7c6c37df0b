package vn.parflow.reminder;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mail templates of {@code templates/mail/}: {@code <name>.html} (HTML mode) and {@code <name>.txt}
 * (text mode), both UTF-8, from the same model. The engines are Parflow's own, not beans, so that they never stand
 * in for Spring MVC's view engine.
 */
@Component
class MailTemplates {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final SpringTemplateEngine html = engine(".html", TemplateMode.HTML);

	private final SpringTemplateEngine text = engine(".txt", TemplateMode.TEXT);

	/** Both bodies of one mail. */
	record Bodies(String html, String text) {
	}

	Bodies render(String template, Map<String, Object> model) {
		Context context = new Context(VIETNAMESE, model);
		return new Bodies(html.process(template, context), text.process(template, context));
	}

	private static SpringTemplateEngine engine(String suffix, TemplateMode mode) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(false);
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
