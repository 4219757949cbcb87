// KeyStore against a real keychain: the gnome-keyring Secret Service that
// tests/run-with-keyring.sh starts in a private D-Bus session with a throwaway HOME. Outside that
// harness every test skips, so that a developer's own keyring is never written to.
// The failure paths run key_store_probe in a child process with a broken environment.
#include "key_store.h"
#include "workspace.h"
#include "workspace_store.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestWorkspaceKeychain : public QObject
{
    Q_OBJECT

    KeyStore m_keys;
    QStringList m_written; // workspace ids whose keys cleanupTestCase() deletes

    // Starts an operation and waits for its answer; nothing if none came in time or if it came
    // before the operation returned.
    static std::optional<KeyResult> answer(const std::function<void(KeyCallback)> &start)
    {
        std::optional<KeyResult> result;
        start([&](const KeyResult &r) { result = r; });
        if (result) {
            qWarning("answered before the call returned: the answer must come later");
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000))
            qWarning("no answer within 15 s");
        return result;
    }

    std::optional<KeyResult> write(const QString &id, const QString &key)
    {
        m_written << id;
        return answer([&](KeyCallback done) { m_keys.writeKey(id, key, std::move(done)); });
    }
    std::optional<KeyResult> read(const QString &id)
    {
        return answer([&](KeyCallback done) { m_keys.readKey(id, std::move(done)); });
    }
    std::optional<KeyResult> remove(const QString &id)
    {
        return answer([&](KeyCallback done) { m_keys.deleteKey(id, std::move(done)); });
    }

    static QString freshKey()
    {
        return u"roster-test-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
    }

    struct ProbeRun
    {
        int exitCode = -1;
        QJsonObject line;
        QString output;
    };

    // Runs key_store_probe, optionally under `wrapper` (e.g. dbus-run-session …).
    static ProbeRun probe(const QStringList &arguments, const QProcessEnvironment &environment,
                          const QStringList &wrapper = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QStringList command = wrapper;
        command << QStringLiteral(ROSTER_KEY_STORE_PROBE) << arguments;
        process.start(command.takeFirst(), command);
        ProbeRun run;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            run.output = u"probe did not finish"_s;
            return run;
        }
        const QByteArray out = process.readAllStandardOutput();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = QString::fromUtf8(out + process.readAllStandardError());
        const QList<QByteArray> lines = out.trimmed().split('\n');
        run.line = QJsonDocument::fromJson(lines.last()).object();
        return run;
    }

    static void verifyNoKeychain(const ProbeRun &run)
    {
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.line.value(u"ok"_s).toBool(true), false);
        QCOMPARE(run.line.value(u"error"_s).toString(), u"NoKeychain"_s);
        const QString message = run.line.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"--key-stdin"_s), qPrintable(message));
        QVERIFY2(message.contains(u"ROSTER_API_KEY"_s), qPrintable(message));
    }

    // Every regular file under `root`, skipping symbolic links.
    static QStringList filesUnder(const QString &root)
    {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    static QByteArray contentsOf(const QStringList &paths)
    {
        QByteArray all;
        for (const QString &path : paths) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                all += path.toUtf8() + '\0' + file.readAll();
        }
        return all;
    }

    // Where a shared library this process loaded lives, from /proc/self/maps.
    static QString loadedLibraryPath(const QByteArray &name)
    {
        QFile maps(u"/proc/self/maps"_s);
        if (!maps.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const qsizetype slash = line.indexOf('/');
            if (slash >= 0 && line.contains(name))
                return QString::fromUtf8(line.mid(slash));
        }
        return {};
    }

    static bool fileContainsAny(const QString &path, const QList<QByteArray> &needles)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray content = file.readAll();
        return std::any_of(needles.cbegin(), needles.cend(),
                           [&](const QByteArray &needle) { return content.contains(needle); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ROSTER_IN_TEST_SESSION"))
            QSKIP("needs the private keyring of tests/run-with-keyring.sh");
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_written))
            remove(id);
    }

    void writeReadDeleteRoundTrip()
    {
        const QString id = Workspace::newId();
        const QString key = freshKey();
        const std::optional<KeyResult> written = write(id, key);
        QVERIFY(written);
        QVERIFY2(written->ok, qPrintable(written->message));

        const std::optional<KeyResult> got = read(id);
        QVERIFY(got);
        QVERIFY2(got->ok, qPrintable(got->message));
        QCOMPARE(got->key, key);

        const std::optional<KeyResult> deleted = remove(id);
        QVERIFY(deleted);
        QVERIFY2(deleted->ok, qPrintable(deleted->message));
        const std::optional<KeyResult> gone = read(id);
        QVERIFY(gone);
        QCOMPARE(gone->error, KeyResult::Error::NotFound);
    }

    void readOfAMissingEntryIsNotFound()
    {
        const std::optional<KeyResult> result = read(Workspace::newId());
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->error, KeyResult::Error::NotFound);
        QVERIFY(result->key.isEmpty());
        QVERIFY(!result->message.isEmpty());
    }

    void twoWorkspacesDoNotCollide()
    {
        const QString first = Workspace::newId();
        const QString second = Workspace::newId();
        const QString firstKey = freshKey();
        const QString secondKey = freshKey();
        QVERIFY(write(first, firstKey)->ok);
        QVERIFY(write(second, secondKey)->ok);
        QCOMPARE(read(first)->key, firstKey);
        QCOMPARE(read(second)->key, secondKey);

        QVERIFY(remove(first)->ok);
        QCOMPARE(read(first)->error, KeyResult::Error::NotFound);
        QCOMPARE(read(second)->key, secondKey);
    }

    void writingAgainReplacesTheKey()
    {
        const QString id = Workspace::newId();
        QVERIFY(write(id, freshKey())->ok);
        const QString replacement = freshKey();
        QVERIFY(write(id, replacement)->ok);
        QCOMPARE(read(id)->key, replacement);
    }

    void deletingAMissingKeySucceeds()
    {
        const std::optional<KeyResult> result = remove(Workspace::newId());
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->message));
    }

    // Arguments swapped by mistake must not put a key into an error message.
    void refusalsAnswerLaterAndNeverShowTheArguments()
    {
        const QString key = freshKey();
        std::optional<KeyResult> result = answer(
            [&](KeyCallback done) { m_keys.writeKey(key, Workspace::newId(), std::move(done)); });
        QVERIFY(result);
        QCOMPARE(result->error, KeyResult::Error::Other);
        QVERIFY(!result->message.contains(key));

        result = answer([&](KeyCallback done) {
            m_keys.writeKey(Workspace::newId(), u"  "_s, std::move(done));
        });
        QVERIFY(result);
        QCOMPARE(result->error, KeyResult::Error::Other);
        QVERIFY2(result->message.contains(u"empty"_s), qPrintable(result->message));
    }

    void noCallbackRunsAfterTheStoreIsGone()
    {
        bool called = false;
        auto *doomed = new KeyStore;
        doomed->readKey(Workspace::newId(), [&](const KeyResult &) { called = true; });
        delete doomed;
        // QtKeychain runs jobs one at a time, in order: once this one answers, so has the first.
        QVERIFY(read(Workspace::newId()));
        QTest::qWait(20);
        QVERIFY(!called);
    }

    // The key may be in the keychain and in memory, nowhere else: not in the workspaces file, not
    // in a settings file, not in a cache. gnome-keyring's own folder (XDG_DATA_HOME/keyrings) is
    // left out of the first scan because storing the key there, encrypted, is the keychain's job;
    // the second scan still checks that its files do not hold the key in clear.
    void theKeyIsInNoFile()
    {
        WorkspaceStore store; // the real default path, under this session's XDG_CONFIG_HOME
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        const Workspace workspace =
            Workspace::create(u"Keyless file %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)),
                              Provider::Heartbeat);
        QVERIFY2(store.add(workspace, &error), qPrintable(error));
        const QString dataHome =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString keyrings = QDir(dataHome).absoluteFilePath(u"keyrings"_s);
        const QByteArray keyringBefore = contentsOf(filesUnder(keyrings));

        const QString key = freshKey();
        QVERIFY(write(workspace.id, key)->ok);
        QCOMPARE(read(workspace.id)->key, key);
        QVERIFY(QFile::exists(store.filePath()));
        // The keyring is kept on disk, so the exclusion below leaves out a real place.
        QTRY_VERIFY(contentsOf(filesUnder(keyrings)) != keyringBefore);

        const QList<QByteArray> needles{
            key.toUtf8(),
            QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2),
            key.toUtf8().toBase64(),
        };
        QStringList roots{QDir::homePath(),
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          dataHome,
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
        roots.removeDuplicates();

        QStringList scanned;
        QStringList keyringFiles;
        for (const QString &root : std::as_const(roots)) {
            for (const QString &path : filesUnder(root)) {
                if (path.startsWith(keyrings + u'/')) {
                    keyringFiles << path;
                    continue;
                }
                scanned << path;
                QVERIFY2(!fileContainsAny(path, needles), qPrintable(u"key found in "_s + path));
            }
        }
        QVERIFY2(scanned.contains(store.filePath()), qPrintable(scanned.join(u", "_s)));
        keyringFiles.removeDuplicates();
        QVERIFY(!keyringFiles.isEmpty());
        for (const QString &path : std::as_const(keyringFiles))
            QVERIFY2(!fileContainsAny(path, needles), qPrintable(u"key in clear in "_s + path));
    }

    void noSessionBusMeansNoKeychain_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << u"read"_s;
        QTest::newRow("write") << u"write"_s;
        QTest::newRow("delete") << u"delete"_s;
    }

    void noSessionBusMeansNoKeychain()
    {
        QFETCH(QString, operation);
        QTemporaryDir scratch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                           u"unix:path="_s + scratch.filePath(u"no-such-bus"_s));
        verifyNoKeychain(probe({operation, Workspace::newId()}, environment));
    }

    // A session bus on which no Secret Service or KWallet runs or can be started.
    void busWithoutSecretServiceMeansNoKeychain()
    {
        const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        if (runSession.isEmpty())
            QSKIP("dbus-run-session is not installed");
        QTemporaryDir scratch;
        QFile config(scratch.filePath(u"bus.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                     "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen>"
                     "<auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                     "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"_s
                         .arg(scratch.path())
                         .toUtf8());
        config.close();
        verifyNoKeychain(probe({u"write"_s, Workspace::newId()},
                               QProcessEnvironment::systemEnvironment(),
                               {runSession, u"--config-file="_s + config.fileName(), u"--"_s}));
    }

    // Debian's libqt6keychain1 loads libsecret at run time without depending on it; under
    // --no-install-recommends it may be missing while a Secret Service runs. Hidden here by
    // mounting /dev/null over it in a private mount namespace (root only; skipped elsewhere).
    void missingLibsecretIsNamed()
    {
        const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
        if (unshare.isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and unshare(1) to hide libsecret in a private mount namespace");
        // A chroot whose root is no mount point cannot make its mounts private.
        if (QProcess::execute(unshare, {u"--mount"_s, u"true"_s}) != 0)
            QSKIP("unshare --mount cannot make a private mount namespace here");
        QLibrary libsecret(u"secret-1"_s, 0);
        if (!libsecret.load())
            QSKIP("libsecret is not installed here");
        const QString library = loadedLibraryPath("libsecret-1.so"_ba);
        QVERIFY(!library.isEmpty());

        const QStringList wrapper{unshare,
                                  u"--mount"_s,
                                  u"sh"_s,
                                  u"-c"_s,
                                  u"mount --bind /dev/null \"$0\" || exit 97; exec \"$@\""_s,
                                  library};
        const ProbeRun run = probe({u"write"_s, Workspace::newId()},
                                   QProcessEnvironment::systemEnvironment(), wrapper);
        if (run.exitCode == 97)
            QSKIP("cannot mount in a private namespace here");
        verifyNoKeychain(run);
        QVERIFY2(run.line.value(u"message"_s).toString().contains(u"libsecret-1-0"_s),
                 qPrintable(run.output));
    }

    // libsecret answers through GLib's main context; without a GLib event loop it never would.
    void noGlibEventLoopMeansNoKeychain()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_NO_GLIB"_s, u"1"_s);
        const ProbeRun run = probe({u"read"_s, Workspace::newId()}, environment);
        verifyNoKeychain(run);
        QVERIFY(run.line.value(u"message"_s).toString().contains(u"QT_NO_GLIB"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKeychain)
#include "tst_workspace_keychain.moc"
