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

package com.acme.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a database server, to make a database go away
 * ({@link #cut()}: the listening socket and every open connection close) and come back
 * ({@link #open()}, on the same port), without touching the shared server.
 *
 * @author multids
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	/**
	 * Create a proxy on a free port, not listening yet.
	 * @param targetHost the database host
	 * @param targetPort the database port
	 * @throws IOException if no port is free
	 */
	public TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
	}

	/**
	 * Return the port the proxy listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Start accepting connections and forwarding them to the database, on the same port
	 * every time; does nothing while already listening.
	 * @throws IOException if the port cannot be bound
	 */
	public synchronized void open() throws IOException {
		if (this.listener != null) {
			return;
		}
		ServerSocket listener = new ServerSocket();
		listener.setReuseAddress(true);
		listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.listener = listener;
		daemon("tcp-proxy-accept-" + this.port, () -> accept(listener));
	}

	/**
	 * Make the database go away: stop listening and close every open connection.
	 * @return the number of client connections closed
	 * @throws IOException if a socket cannot be closed
	 */
	public synchronized int cut() throws IOException {
		ServerSocket listener = this.listener;
		this.listener = null;
		if (listener != null) {
			listener.close();
		}
		int connections = this.sockets.size() / 2;
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
		return connections;
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void accept(ServerSocket listener) {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(this.targetHost, this.targetPort);
				this.sockets.add(client);
				this.sockets.add(server);
				daemon("tcp-proxy-up", () -> pump(client, server));
				daemon("tcp-proxy-down", () -> pump(server, client));
			}
			catch (IOException ex) {
				// Listener closed by cut(), or the database refused: the client sees a
				// reset
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// One side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed
		}
		this.sockets.remove(socket);
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

}
