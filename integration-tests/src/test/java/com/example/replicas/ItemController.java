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
package com.example.replicas;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Items over HTTP: a POST writes one, a GET reads it read-only and says which server
 * served it.
 *
 * @author multids
 */
@RestController
class ItemController {

	private final ItemDesk desk;

	ItemController(ItemDesk desk) {
		this.desk = desk;
	}

	@PostMapping("/items/{id}")
	String save(@PathVariable long id, @RequestParam String name) {
		this.desk.save(id, name);
		return "saved";
	}

	@GetMapping("/items/{id}")
	ServedRead read(@PathVariable long id) {
		return this.desk.readOnly(id);
	}

}
