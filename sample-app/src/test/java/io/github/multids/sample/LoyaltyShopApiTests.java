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
package io.github.multids.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shops' loyalty schemes over HTTP, on the default configuration: the tenant source
 * {@code loyalty} has an embedded database per shop, and the {@code X-Shop} header picks
 * it. Every write is looked up over plain JDBC in each shop's database.
 *
 * @author multids
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LoyaltyShopApiTests {

	private static final String SHOP = "X-Shop";

	@LocalServerPort
	private int port;

	private RestTestClient client;

	private final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeEach
	void connect() {
		this.client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void memberEnrolledAtOneShopIsInThatShopsDatabaseOnly() {
		enrol("north", this.marker).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo(this.marker)
			.jsonPath("$.points")
			.isEqualTo(100);
		assertThat(membersNamed("north", this.marker)).isEqualTo(1);
		assertThat(membersNamed("south", this.marker)).isZero();
		assertThat(names("north")).contains(this.marker);
		assertThat(names("south")).doesNotContain(this.marker);
	}

	@Test
	void shopOpenedAtRunTimeGetsItsOwnMigratedDatabase() {
		String shop = "east-" + this.marker;
		this.client.put()
			.uri("/shops/{shop}", shop)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<List<String>>() {
			})
			.value((shops) -> assertThat(shops).contains("north", "south", shop));
		this.client.put().uri("/shops/{shop}", shop).exchange().expectStatus().isOk();
		assertThat(names(shop)).isEmpty();
		enrol(shop, this.marker).expectStatus().isCreated();
		assertThat(membersNamed(shop, this.marker)).isEqualTo(1);
		assertThat(membersNamed("north", this.marker)).isZero();
		assertThat(membersNamed("south", this.marker)).isZero();
		this.client.get()
			.uri("/actuator/health/datasources/loyalty/{shop}", shop)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void unknownShopIsNotFoundAndWritesNothing() {
		enrol("nowhere", this.marker).expectStatus().isNotFound();
		assertThat(membersNamed("north", this.marker)).isZero();
		assertThat(membersNamed("south", this.marker)).isZero();
	}

	@Test
	void invalidShopNameIsBadRequest() {
		enrol("a;b", this.marker).expectStatus().isBadRequest();
		this.client.put()
			.uri("/shops/{shop}", "a.b")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid shop");
		this.client.get().uri("/shops").exchange().expectBody(new ParameterizedTypeReference<List<String>>() {
		}).value((shops) -> assertThat(shops).doesNotContain("a.b"));
	}

	@Test
	void eachOpenShopHasItsOwnPool() {
		enrol("south", this.marker).expectStatus().isCreated();
		this.client.get()
			.uri("/actuator/metrics/hikaricp.connections.max")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'pool')].values[*]")
			.value(new ParameterizedTypeReference<List<String>>() {
			}, (pools) -> assertThat(pools).contains("loyalty.south").doesNotContain("loyalty"));
	}

	@Test
	void requestWithoutShopIsBadRequest() {
		this.client.get().uri("/loyalty/members").exchange().expectStatus().isBadRequest();
	}

	@Test
	void healthSummarisesTheShops() {
		this.client.get()
			.uri("/actuator/health/datasources/loyalty")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.tenants.details.template")
			.isEqualTo("jdbc:h2:mem:loyalty_{tenant};DB_CLOSE_DELAY=-1");
	}

	private RestTestClient.ResponseSpec enrol(String shop, String name) {
		return this.client.post()
			.uri("/loyalty/members")
			.header(SHOP, shop)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name))
			.exchange();
	}

	private List<String> names(String shop) {
		return this.client.get()
			.uri("/loyalty/members")
			.header(SHOP, shop)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.map((member) -> (String) member.get("name"))
			.toList();
	}

	// The shop's own embedded database, over a new plain JDBC connection
	private static long membersNamed(String shop, String name) {
		String url = "jdbc:h2:mem:loyalty_" + shop + ";DB_CLOSE_DELAY=-1";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement statement = connection
					.prepareStatement("select count(*) from loyalty_member where name = ?")) {
			statement.setString(1, name);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
