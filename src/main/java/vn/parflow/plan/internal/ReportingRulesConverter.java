package vn.parflow.plan.internal;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import vn.parflow.schedule.ReportingRule;

/** Keeps a plan's reporting rules as JSON in one column: they are read and written only with their plan. */
@Converter
public class ReportingRulesConverter implements AttributeConverter<List<ReportingRule>, String> {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

	private static final TypeReference<List<ReportingRule>> RULES = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<ReportingRule> rules) {
		try {
			return JSON.writeValueAsString(rules == null ? List.of() : rules);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Reporting rules cannot be written as JSON", ex);
		}
	}

	@Override
	public List<ReportingRule> convertToEntityAttribute(String json) {
		try {
			return json == null || json.isBlank() ? List.of() : JSON.readValue(json, RULES);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored reporting rules are not valid JSON: " + json, ex);
		}
	}

}
