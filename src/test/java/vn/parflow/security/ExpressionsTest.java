package vn.parflow.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionsTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			nameLike=${identityService}                              | nameLike
			nameLike=%24%7BidentityService%7D                        | nameLike
			nameLike=$%7BidentityService%7D                          | nameLike
			nameLike=%24%7bidentityService%7d                        | nameLike
			nameLike=%2524%257BidentityService%257D                  | nameLike
			assigneeExpression=%23%7BcurrentUser()%7D                | assigneeExpression
			active=true&candidateGroupExpression=#{x}                | candidateGroupExpression
			%24%7Bx%7D=1                                             | ${x}
			""")
	void shouldFindAnExpressionInAQueryParameterHoweverItIsEncoded(String query, String parameter) {
		assertThat(Expressions.inQueryString(query)).contains(parameter);
	}

	@ParameterizedTest
	@ValueSource(strings = { "nameLike=%25b%C3%A1o%20c%C3%A1o%25", "sortBy=created&sortOrder=desc",
			"name=Gi%C3%A1%20%24%20100", "name=%7Bx%7D", "password=%24%7Bkh%C3%B4ng-ph%E1%BA%A3i-bi%E1%BB%83u-th%E1%BB%A9c%7D",
			"name=50%" })
	void shouldLetOrdinaryQueriesAndPasswordsThrough(String query) {
		assertThat(Expressions.inQueryString(query)).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"orQueries":[{"nameLike":"${identityService.createMembership('a','camunda-admin')}"}]}      | orQueries[0].nameLike
			{"orQueries":[{"active":true},{"assigneeExpression":"#{currentUser()}"}]}                     | orQueries[1].assigneeExpression
			{"processVariables":[{"name":"x","value":{"nested":["ok","\\u0024{escaped}"]}}]}            | processVariables[0].value.nested[1]
			{"${key}":1}                                                                                  | ${key}
			"${top}"                                                                                      | (nội dung)
			not json ${at all}                                                                            | (nội dung)
			""")
	void shouldFindAnExpressionAnywhereInAJsonBody(String body, String path) {
		assertThat(Expressions.inJson(body)).contains(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"orQueries\":[{\"nameLike\":\"%Báo cáo%\"}],\"sorting\":[{\"sortBy\":\"created\"}]}",
			"{\"profile\":{\"id\":\"lan.vhxh\"},\"credentials\":{\"password\":\"Mk${2025}#{ok}\"}}",
			"{\"variables\":{\"note\":{\"value\":\"Giá $ 100 {kèm thuế}\"}}}", "", "[]" })
	void shouldLetOrdinaryBodiesAndPasswordsThrough(String body) {
		assertThat(Expressions.inJson(body)).isEmpty();
	}

}
