/*
 * Copyright 2026 the multids authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.multids.autoconfigure.replicas;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;

import io.github.multids.autoconfigure.binding.ReadTokenSettings;
import io.github.multids.context.ReadMarks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Carries read-your-writes from one web request of a client to its next: the request's
 * token (cookie or header) applies to its reads, and a request that wrote sends the new
 * token back before its response is committed. The token is dropped from the thread when
 * the request ends.
 *
 * @author multids
 */
public final class ReadYourWritesFilter extends OncePerRequestFilter {

	private final ReadTokenSettings settings;

	private final Duration maxAge;

	/**
	 * Create a filter.
	 * @param settings the carrier and its name
	 * @param maxAge how long a token matters: the longest `max-lag` of the sources
	 */
	public ReadYourWritesFilter(ReadTokenSettings settings, Duration maxAge) {
		this.settings = settings;
		this.maxAge = maxAge;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ReadMarks marks = ReadMarks.current();
		ReadMarks.Scope received = marks.apply(token(request));
		TokenResponse tokenResponse = new TokenResponse(response, marks, received);
		try {
			chain.doFilter(request, tokenResponse);
			tokenResponse.sendToken();
		}
		finally {
			// The client carries the request's writes in its token, not this thread
			received.discard();
		}
	}

	private @Nullable String token(HttpServletRequest request) {
		if (this.settings.carrier() == ReadTokenSettings.Carrier.HEADER) {
			return request.getHeader(this.settings.name());
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.settings.name().equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * Adds the token of the request's writes to the response just before it is committed.
	 */
	private final class TokenResponse extends HttpServletResponseWrapper {

		private final ReadMarks marks;

		private final ReadMarks.Scope received;

		private boolean sent;

		TokenResponse(HttpServletResponse response, ReadMarks marks, ReadMarks.Scope received) {
			super(response);
			this.marks = marks;
			this.received = received;
		}

		void sendToken() {
			if (this.sent || isCommitted() || !this.received.wrote()) {
				return;
			}
			this.sent = true;
			Duration maxAge = ReadYourWritesFilter.this.maxAge;
			String token = this.marks.token(System.nanoTime() - maxAge.toNanos());
			String name = ReadYourWritesFilter.this.settings.name();
			if (ReadYourWritesFilter.this.settings.carrier() == ReadTokenSettings.Carrier.HEADER) {
				setHeader(name, token);
			}
			else {
				addHeader(HttpHeaders.SET_COOKIE,
						ResponseCookie.from(name, token)
							.path("/")
							.maxAge(maxAge.plusSeconds(1))
							.httpOnly(true)
							.sameSite("Lax")
							.build()
							.toString());
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			sendToken();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			sendToken();
			return super.getWriter();
		}

		@Override
		public void flushBuffer() throws IOException {
			sendToken();
			super.flushBuffer();
		}

		@Override
		public void sendError(int status) throws IOException {
			sendToken();
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			sendToken();
			super.sendError(status, message);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			sendToken();
			super.sendRedirect(location);
		}

	}

}
