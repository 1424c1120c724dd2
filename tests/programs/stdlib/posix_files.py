# The posix module's file and directory functions, called directly (what os builds on): a
# scratch directory under /tmp named by the process id, removed at the end; only relative
# paths, sizes, modes and relations are printed.
import posix

base = "/tmp/krait_posix_files_%d" % posix.getpid()
posix.mkdir(base)
start = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, posix.getcwdb() == base.encode())

# Creating, writing and reading files through descriptors.
posix.mkdir("d")
try:
    posix.mkdir("d")
except FileExistsError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.filename2)
fd = posix.open("d/f.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(posix.write(fd, b"hello world\n"), posix.write(fd, bytearray(b"more\n")))
posix.close(fd)
try:
    posix.close(fd)
except OSError as e:
    print(type(e).__name__, e)
fd = posix.open("d/f.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 10))
print(posix.lseek(fd, -5, 2), posix.read(fd, 3), posix.lseek(fd, 0, 0))
print(posix.fstat(fd).st_size, posix.isatty(fd))
posix.close(fd)
fd = posix.open("d/f.txt", posix.O_RDWR)
posix.ftruncate(fd, 4)
posix.fsync(fd)
print(posix.read(fd, 100))
posix.close(fd)
posix.truncate("d/f.txt", 2)
print(posix.stat("d/f.txt").st_size)

# stat results.
st = posix.stat("d/f.txt")
print(type(st).__name__, type(st).__module__, len(st), st.st_size == st[6], st.st_mode == st[0])
print(oct(st.st_mode & 0o777), oct(st.st_mode & 0o170000), st.st_nlink, st.st_ino == st[1])
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10 ** 9 == st[8], int(st.st_mtime) == st[8], st.st_blksize > 0)
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields,
      posix.stat_result.n_unnamed_fields, posix.stat_result.__match_args__)
fake = posix.stat_result(tuple(range(10)))
print(fake, fake.st_atime, fake.st_mtime, fake.st_ctime, fake.st_atime_ns, fake.st_rdev)
fake = posix.stat_result(tuple(range(19)))
print(fake.st_atime, fake.st_mtime_ns, fake.st_rdev, fake[9], fake[-1])
for bad in [(1, 2), tuple(range(20)), 5]:
    try:
        posix.stat_result(bad)
    except TypeError as e:
        print("TypeError", e)

# Directories, renaming and links.
print(sorted(posix.listdir("d")), posix.listdir(b"d"), "d" in posix.listdir(), "d" in posix.listdir(None))
posix.rename("d/f.txt", "d/g.txt")
posix.replace("d/g.txt", "d/h.txt")
print(posix.listdir("d"))
posix.symlink("h.txt", "d/link")
posix.link("d/h.txt", "d/hard")
print(posix.readlink("d/link"), posix.readlink(b"d/link"), posix.stat("d/hard").st_nlink)
print(posix.lstat("d/link").st_mode & 0o170000 == 0o120000, posix.stat("d/link").st_size)
posix.mkdir("d/sub", 0o755)
with posix.scandir("d") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.is_dir(follow_symlinks=False),
          e.stat().st_size == posix.stat(e.path).st_size, e.inode() == posix.lstat(e.path).st_ino,
          e.__fspath__() == e.path)
print(sorted((e.name, e.path) for e in posix.scandir(b"d")))
it = posix.scandir("d")
print(type(it).__name__, next(it).name in ("h.txt", "link", "hard", "sub"))
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
dfd = posix.open("d", posix.O_RDONLY)
print(sorted(e.path for e in posix.scandir(dfd)), sorted(posix.listdir(dfd)))
print(posix.stat("h.txt", dir_fd=dfd).st_size, posix.access("h.txt", posix.R_OK, dir_fd=dfd))
posix.close(dfd)
try:
    posix.DirEntry()
except TypeError as e:
    print("TypeError", e)

# Permissions and times.
print(posix.access("d/h.txt", posix.R_OK), posix.access("d/h.txt", posix.X_OK), posix.access("nope", posix.F_OK))
posix.chmod("d/h.txt", 0o600)
print(oct(posix.stat("d/h.txt").st_mode & 0o777))
posix.utime("d/h.txt", (1, 2.5))
s = posix.stat("d/h.txt")
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
posix.utime("d/h.txt", ns=(10 ** 9, 3 * 10 ** 9 + 7))
s = posix.stat("d/h.txt")
print(s.st_atime_ns, s.st_mtime_ns)
posix.utime("d/h.txt")
print(posix.stat("d/h.txt").st_mtime > 1e9)
for kwargs in [dict(times=(1, 2), ns=(1, 2)), dict(times=(1,)), dict(ns=5)]:
    try:
        posix.utime("d/h.txt", **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
old = posix.umask(0o22)
print(posix.umask(old) == 0o22)

# Errors: the OSError subclass chosen by errno, with the file names.
for name, a in [("stat", ["nope"]), ("lstat", [b"nope"]), ("rmdir", ["nope"]),
             ("rmdir", ["d"]), ("unlink", ["d"]), ("listdir", ["d/h.txt"]),
             ("rename", ["nope", "x"]), ("open", ["d", posix.O_WRONLY]),
             ("readlink", ["d/h.txt"]), ("chdir", ["nope"]), ("symlink", ["a", "d/link"]),
             ("stat", [1.5]), ("listdir", [3.5]), ("mkdir", [5]), ("rename", ["a", 3]),
             ("stat", ["a\0b"]), ("stat", [b"a\0b"]), ("stat", [None]),
             ("read", [-1, 1]), ("read", [0, -1]), ("close", ["x"]), ("fsync", ["x"]),
             ("stat", []), ("mkdir", ["x", 1, 2])]:
    try:
        getattr(posix, name)(*a)
    except Exception as e:
        print(name, type(e).__name__, e, getattr(e, "filename", "-"), getattr(e, "filename2", "-"))

# Cleaning up.
posix.unlink("d/link")
posix.unlink("d/hard")
posix.remove("d/h.txt")
posix.rmdir("d/sub")
posix.rmdir("d")
posix.chdir(start)
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
