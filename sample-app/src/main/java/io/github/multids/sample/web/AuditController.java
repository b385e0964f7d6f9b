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

import io.github.multids.sample.audit.AuditEntry;
import io.github.multids.sample.audit.AuditTrail;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the latest lines of the audit trail kept on {@code audit}.
 *
 * @author multids
 */
@RestController
class AuditController {

	private static final int LATEST = 50;

	private final AuditTrail auditTrail;

	AuditController(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	@GetMapping("/audit")
	List<AuditEntry> latest() {
		return this.auditTrail.latest(LATEST);
	}

}
