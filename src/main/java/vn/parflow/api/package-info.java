/**
 * What every answer of Parflow's REST API ({@code /api/**}) has in common: a refusal or a failure is an RFC 9457
 * problem ({@code application/problem+json}) in Vietnamese, whichever module answers.
 * <p>
 * {@link vn.parflow.api.ApiErrors} is the one place that writes it for the controllers; a controller states what
 * went wrong by throwing ({@link org.springframework.web.server.ResponseStatusException}, or an exception of its own
 * module extending {@link org.springframework.web.ErrorResponseException}) and never builds an error body itself.
 * {@link vn.parflow.api.Problems} gives the same shape to the answers written outside Spring MVC (the security
 * filters' 401 and 403). This package depends on no other Parflow module.
 */
package vn.parflow.api;
