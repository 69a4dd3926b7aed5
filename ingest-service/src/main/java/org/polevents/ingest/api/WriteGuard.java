package org.polevents.ingest.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.polevents.ingest.guard.ApiKeys;
import org.polevents.ingest.guard.RateLimiter;

/**
 * Every write request (any method but GET/HEAD/OPTIONS) must stay within its client's rate and
 * present an accepted API key; otherwise it is answered 429 or 401 before the body is read. The
 * rate limit comes first so that guessing keys is as slow as any other write.
 */
public class WriteGuard {
    private final ApiKeys keys;
    private final RateLimiter limiter;

    WriteGuard(ApiKeys keys, RateLimiter limiter) {
        this.keys = keys;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Response guard(ContainerRequestContext ctx, HttpServerRequest request) {
        String method = ctx.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return null;
        }
        String key = ApiKeys.presented(ctx.getHeaderString("Authorization"), ctx.getHeaderString("X-API-Key"));
        String client = key != null ? "key:" + key.hashCode() : "addr:" + request.remoteAddress().hostAddress();
        if (!limiter.tryAcquire(client)) {
            return ProblemMapper.problem(429, "Too Many Requests", List.of("over the write rate limit; retry in a second"));
        }
        if (!keys.accepts(key)) {
            Response problem = ProblemMapper.problem(401, "Unauthorized",
                    List.of("writes need an API key: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'"));
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        return null;
    }
}
