package vn.parflow.reminder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test's own TCP server on a free local port, for mail servers that GreenMail cannot play (one that answers late,
 * a relay that counts connections): each accepted connection is counted and served on a daemon thread by
 * {@link #serve(Socket)}, then closed.
 */
abstract class LocalSocketServer implements AutoCloseable {

	final AtomicInteger connections = new AtomicInteger();

	private final ServerSocket server;

	private final String name;

	LocalSocketServer(String name) throws IOException {
		this.name = name;
		this.server = new ServerSocket(0);
	}

	/** Starts accepting; called by the subclass once it is fully built. */
	final void start() {
		daemon(this::accept, name);
	}

	int port() {
		return server.getLocalPort();
	}

	/** Serves one connection; the socket is closed when it returns. */
	abstract void serve(Socket client) throws IOException;

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				connections.incrementAndGet();
				daemon(() -> {
					try (client) {
						serve(client);
					}
					catch (IOException ex) {
						// the client went away
					}
				}, name + "-session");
			}
			catch (IOException ex) {
				// the server is closing
			}
		}
	}

	static void daemon(Runnable work, String name) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
