/*
 * socket/unix_socket_file_open_enxio - the file a bound UNIX socket creates
 * cannot be opened like a file: open() on it fails with ENXIO, so the only
 * way to a descriptor for the socket is connect().
 */
#include "socket.h"

FT_CASE("open() of a UNIX socket file fails with ENXIO",
	"open(2) ERRORS ENXIO; unix(7) \"Pathname sockets\"");

FT_POINT(open_enxio)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("sock", &a, 0);
	FT_ERRNO(open("sock", O_RDONLY | O_CLOEXEC), ENXIO);
	FT_ERRNO(open("sock", O_WRONLY | O_CLOEXEC), ENXIO);
	FT_ERRNO(open("sock", O_RDWR | O_NONBLOCK | O_CLOEXEC), ENXIO);
}

FT_POINT(open_enxio_without_listener)
{
	struct sockaddr_un a;
	FT_FD int l = sk_unix_listener("sock", &a, 0);
	ft_close(&l); /* the socket file stays behind */
	FT_ERRNO(open("sock", O_RDONLY | O_CLOEXEC), ENXIO);
}
