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

import io.github.multids.sample.ordering.OrderPlacement;
import io.github.multids.sample.ordering.OrderRequest;
import io.github.multids.sample.shop.OrderBook;
import io.github.multids.sample.shop.PlacedOrder;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Places and shows orders.
 *
 * @author multids
 */
@RestController
@RequestMapping("/orders")
class OrderController {

	private final OrderPlacement placement;

	private final OrderBook orderBook;

	OrderController(OrderPlacement placement, OrderBook orderBook) {
		this.placement = placement;
		this.orderBook = orderBook;
	}

	@PostMapping
	ResponseEntity<PlacedOrder> place(@Valid @RequestBody OrderRequest request, UriComponentsBuilder uri) {
		PlacedOrder order = this.placement.place(request);
		return ResponseEntity.created(uri.path("/orders/{id}").build(order.id())).body(order);
	}

	@GetMapping("/{id}")
	PlacedOrder find(@PathVariable long id) {
		return this.orderBook.find(id).orElseThrow(() -> new OrderNotFoundException(id));
	}

}
