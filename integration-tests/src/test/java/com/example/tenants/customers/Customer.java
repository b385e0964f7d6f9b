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
package com.example.tenants.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer of one tenant, tagged with the tenant it was written for and the path that
 * wrote it.
 *
 * @author multids
 */
@Entity
@Table(name = "customer")
public class Customer {

	@Id
	private String id;

	private String tenant;

	private String via;

	protected Customer() {
	}

	public Customer(String id, String tenant, String via) {
		this.id = id;
		this.tenant = tenant;
		this.via = via;
	}

	public String getId() {
		return this.id;
	}

	public String getTenant() {
		return this.tenant;
	}

	public String getVia() {
		return this.via;
	}

}
