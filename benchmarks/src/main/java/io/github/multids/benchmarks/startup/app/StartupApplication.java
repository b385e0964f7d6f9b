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
package io.github.multids.benchmarks.startup.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.github.multids.benchmarks.Applications;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.repository.Repository;

/**
 * A multids application with {@code n} embedded H2 sources {@code s01..sNN}, each owning
 * the generated package of the same name (three entities, a repository, a migration):
 * started once in a fresh JVM, it prints one {@code STARTUP} line and exits. An optional
 * second argument sets {@code hikari.minimum-idle} on every source.
 *
 * @author multids
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class StartupApplication {

	/**
	 * Package of the generated model; source {@code sNN} owns {@code <package>.sNN}.
	 */
	public static final String MODEL_PACKAGE = "io.github.multids.benchmarks.startup";

	public static void main(String[] args) {
		int sources = Integer.parseInt(args[0]);
		long start = System.nanoTime();
		ConfigurableApplicationContext context = Applications.start(StartupApplication.class,
				properties(sources, (args.length > 1) ? args[1] : null));
		long startedMillis = (System.nanoTime() - start) / 1_000_000;
		long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		List<HikariDataSource> pools = new ArrayList<>(context.getBeansOfType(HikariDataSource.class).values());
		List<Integer> connections = pools.stream().map(StartupApplication::totalConnections).toList();
		int repositories = context.getBeanNamesForType(Repository.class).length;
		System.gc();
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf(
				"STARTUP sources=%d startedMillis=%d uptimeMillis=%d heapBytes=%d repositories=%d"
						+ " minimumIdle=%d maximumPoolSize=%d connections=%s%n",
				sources, startedMillis, uptimeMillis, heap, repositories, pools.get(0).getMinimumIdle(),
				pools.get(0).getMaximumPoolSize(), connections.toString().replace(" ", ""));
		context.close();
	}

	/**
	 * Return the properties of an application with that many sources.
	 * @param sources the number of sources
	 * @param minimumIdle the minimum-idle of every pool, or {@code null} for the default
	 * @return the properties
	 */
	static Map<String, Object> properties(int sources, String minimumIdle) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (int i = 1; i <= sources; i++) {
			String name = String.format("s%02d", i);
			properties.put("datasources." + name + ".packages", MODEL_PACKAGE + "." + name);
			if (minimumIdle != null) {
				properties.put("datasources." + name + ".hikari.minimum-idle", minimumIdle);
			}
		}
		properties.put("datasources.s01.default", "true");
		properties.put("spring.datasource.dynamic.enabled", "false");
		return properties;
	}

	private static int totalConnections(HikariDataSource pool) {
		HikariPoolMXBean bean = pool.getHikariPoolMXBean();
		return (bean != null) ? bean.getTotalConnections() : 0;
	}

}
