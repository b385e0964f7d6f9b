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

package io.github.multids.sample.ordering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /orders}, checked before anything is written.
 *
 * @param customerId the customer's id
 * @param item what is ordered
 * @param quantity how many
 * @param unitPriceCents the price of one, in cents
 * @author multids
 */
public record OrderRequest(@NotNull Long customerId, @NotBlank @Size(max = 100) String item,
		@NotNull @Min(1) @Max(100) Integer quantity, @NotNull @Positive @Max(10_000_000) Long unitPriceCents) {

}
