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

package com.acme.reliability;

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
 * A TCP proxy on 127.0.0.1 in front of one database server: it can make the database go
 * away (the listening socket and every open connection close) and come back on the same
 * port, without touching the shared server.
 *
 * @author multids
 */
final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final int port;

	private volatile ServerSocket listener;

	private TcpProxy(InetSocketAddress target) throws IOException {
		this.target = target;
		this.listener = listen(0);
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	/**
	 * Start a proxy to the host and port, listening on a free port.
	 * @param host the database host
	 * @param port the database port
	 * @return the running proxy
	 * @throws IOException if it cannot listen
	 */
	static TcpProxy start(String host, int port) throws IOException {
		return new TcpProxy(new InetSocketAddress(host, port));
	}

	/**
	 * Return the port the proxy listens on, the same before and after an outage.
	 * @return the port
	 */
	int port() {
		return this.port;
	}

	/**
	 * Make the database go away: stop listening and close every open connection.
	 * @return the number of client connections closed
	 */
	synchronized int goAway() {
		closeQuietly(this.listener);
		this.listener = null;
		int connections = this.sockets.size() / 2;
		this.sockets.forEach(TcpProxy::closeQuietly);
		this.sockets.clear();
		return connections;
	}

	/**
	 * Make the database come back on the same port.
	 * @throws IOException if the port cannot be bound again
	 */
	synchronized void comeBack() throws IOException {
		if (this.listener == null) {
			this.listener = listen(this.port);
			accept(this.listener);
		}
	}

	@Override
	public void close() {
		goAway();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return socket;
	}

	private void accept(ServerSocket server) {
		daemon("proxy-accept-" + this.port, () -> {
			while (!server.isClosed()) {
				try {
					connect(server.accept());
				}
				catch (IOException ex) {
					// Closed by goAway()
				}
			}
		});
	}

	private void connect(Socket client) {
		Socket upstream = new Socket();
		this.sockets.add(client);
		this.sockets.add(upstream);
		if (this.listener == null) {
			// Went away while this connection was being accepted
			closeQuietly(client);
			return;
		}
		try {
			upstream.connect(this.target, 5000);
			client.setTcpNoDelay(true);
			upstream.setTcpNoDelay(true);
			pump(client, upstream);
			pump(upstream, client);
		}
		catch (IOException ex) {
			closeQuietly(client);
			closeQuietly(upstream);
		}
	}

	private void pump(Socket from, Socket to) throws IOException {
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		daemon("proxy-pump-" + this.port, () -> {
			byte[] buffer = new byte[16384];
			try {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// Either side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		});
	}

	private static void daemon(String name, Runnable action) {
		Thread thread = new Thread(action, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (Exception ex) {
			// Going away anyway
		}
	}

}
