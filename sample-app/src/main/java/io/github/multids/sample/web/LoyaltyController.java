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
package io.github.multids.sample.web;

import java.util.List;
import java.util.Set;

import io.github.multids.sample.loyalty.LoyaltyMember;
import io.github.multids.sample.loyalty.LoyaltyScheme;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens shops and keeps their loyalty schemes, each shop in its own database. The
 * {@code X-Shop} header names the shop of a request ({@code multids.tenants.header}); it
 * is required here so that a request without it is a 400, not a failed query.
 *
 * @author multids
 */
@RestController
class LoyaltyController {

	private static final String SHOP = "X-Shop";

	private final LoyaltyScheme scheme;

	LoyaltyController(LoyaltyScheme scheme) {
		this.scheme = scheme;
	}

	@GetMapping("/shops")
	Set<String> shops() {
		return this.scheme.shops();
	}

	@PutMapping("/shops/{shop}")
	ResponseEntity<Set<String>> open(@PathVariable String shop) {
		HttpStatus status = this.scheme.open(shop) ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(this.scheme.shops());
	}

	@GetMapping("/loyalty/members")
	List<LoyaltyMember> members(@RequestHeader(SHOP) String shop) {
		return this.scheme.members();
	}

	@PostMapping("/loyalty/members")
	ResponseEntity<LoyaltyMember> enrol(@RequestHeader(SHOP) String shop, @Valid @RequestBody EnrolRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.scheme.enrol(request.name()));
	}

}
