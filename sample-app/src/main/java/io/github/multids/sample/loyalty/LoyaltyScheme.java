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
package io.github.multids.sample.loyalty;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.github.multids.TenantRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shops' loyalty schemes: each shop is a tenant of the source {@code loyalty}, with
 * its own database, and the work here serves whichever shop is current (the request's
 * {@code X-Shop} header, through {@code multids.tenants.header}).
 *
 * @author multids
 */
@Service
public class LoyaltyScheme {

	private static final int WELCOME_POINTS = 100;

	private final TenantRegistry shops;

	private final LoyaltyMemberRepository members;

	public LoyaltyScheme(TenantRegistry shops, LoyaltyMemberRepository members) {
		this.shops = shops;
		this.members = members;
	}

	/**
	 * Enrol a member in the current shop's scheme, with the welcome points.
	 * @param name the member's name
	 * @return the member
	 */
	@Transactional
	public LoyaltyMember enrol(String name) {
		return this.members.save(new LoyaltyMember(name, WELCOME_POINTS));
	}

	/**
	 * Return the members of the current shop's scheme.
	 * @return the members, oldest first
	 */
	@Transactional(readOnly = true)
	public List<LoyaltyMember> members() {
		return this.members.findAllByOrderByIdAsc();
	}

	/**
	 * Open a shop: its database is migrated before it serves.
	 * @param shop the shop's name
	 * @return whether the shop is new
	 * @throws InvalidShopException if no tenant can have that name
	 */
	public boolean open(String shop) {
		if (this.shops.tenants().contains(shop)) {
			return false;
		}
		try {
			this.shops.register(shop);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidShopException(ex);
		}
		return true;
	}

	/**
	 * Return the shops.
	 * @return the shops' names, sorted
	 */
	public Set<String> shops() {
		return new TreeSet<>(this.shops.tenants());
	}

}
