// WorkspaceStore: the workspaces file round-trips, refuses what must not be saved, is replaced
// atomically, and a file it cannot understand is reported and left exactly as it was.
#include "workspace_json.h"
#include "workspace_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(u"config/Roster/workspaces.json"_s); }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    static Workspace forward(const QString &name)
    {
        Workspace workspace = Workspace::create(name, Provider::Forward);
        workspace.apiBaseUrl = QUrl(u"https://portal.example.com/api"_s);
        return workspace;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void defaultFileIsUnderTheXdgConfigDirectory()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"xdg"_s)));
        const QString path = WorkspaceStore::defaultFilePath();
        qputenv("XDG_CONFIG_HOME", saved);
        QCOMPARE(path, m_dir.filePath(u"xdg/Roster/workspaces.json"_s));
    }

    void missingFileIsAnEmptyList()
    {
        WorkspaceStore store(path());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY(store.workspaces().isEmpty());
        QVERIFY2(!QFile::exists(path()), "loading alone writes nothing");
    }

    void roundTrip()
    {
        Workspace heartbeat = Workspace::create(u"Acme Community"_s, Provider::Heartbeat);
        heartbeat.communityUrl = QUrl(u"https://acme.heartbeat.chat"_s);
        const Workspace beam = Workspace::create(u"Gamers"_s, Provider::Beam);
        Workspace sandbox = forward(u"Sandbox"_s);
        sandbox.apiBaseUrl = QUrl(u"http://127.0.0.1:7678/forward"_s);
        sandbox.requestBudget = 2.5;

        WorkspaceStore store(path());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        for (const Workspace &workspace : {heartbeat, beam, sandbox})
            QVERIFY2(store.add(workspace, &error), qPrintable(error));

        WorkspaceStore reopened(path());
        QVERIFY2(reopened.load(&error), qPrintable(error));
        QCOMPARE(reopened.workspaces(), QList<Workspace>({heartbeat, beam, sandbox}));

        const QJsonObject root = QJsonDocument::fromJson(read(path())).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"roster-workspaces"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), 1);
        QCOMPARE(root.value(u"workspaces"_s).toArray().size(), 3);
    }

    void findsByNameIgnoringCaseOrById()
    {
        WorkspaceStore store(path());
        QString error;
        const Workspace acme = Workspace::create(u"Acme Community"_s, Provider::Heartbeat);
        QVERIFY2(store.add(acme, &error), qPrintable(error));
        QCOMPARE(store.findByName(u"acme community"_s)->id, acme.id);
        QCOMPARE(store.findByName(u"  ACME COMMUNITY "_s)->id, acme.id);
        QCOMPARE(store.findById(acme.id)->name, acme.name);
        QCOMPARE(store.find(acme.id)->name, acme.name);
        QCOMPARE(store.find(u"ACME community"_s)->id, acme.id);
        QVERIFY(!store.findByName(u"Acme"_s));
        QVERIFY(!store.findById(Workspace::newId()));
    }

    void duplicateNamesAreRefused()
    {
        WorkspaceStore store(path());
        QString error;
        QVERIFY2(store.add(Workspace::create(u"Acme"_s, Provider::Heartbeat), &error),
                 qPrintable(error));
        const QByteArray before = read(path());

        QVERIFY(!store.add(Workspace::create(u"  ACME "_s, Provider::Beam), &error));
        QVERIFY2(error.contains(u"\"ACME\" already exists"_s), qPrintable(error));
        QCOMPARE(read(path()), before);
        QCOMPARE(store.workspaces().size(), 1);

        Workspace sameId = Workspace::create(u"Other"_s, Provider::Beam);
        sameId.id = store.workspaces().first().id;
        QVERIFY(!store.add(sameId, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(read(path()), before);
    }

    void updateMayRenameButNotOntoATakenName()
    {
        WorkspaceStore store(path());
        QString error;
        Workspace acme = Workspace::create(u"Acme"_s, Provider::Heartbeat);
        const Workspace beam = Workspace::create(u"Gamers"_s, Provider::Beam);
        QVERIFY(store.add(acme, &error));
        QVERIFY(store.add(beam, &error));

        acme.name = u"acme"_s; // a change of case of its own name is fine
        acme.requestBudget = 20;
        QVERIFY2(store.update(acme, &error), qPrintable(error));
        acme.name = u"Acme Corp"_s;
        QVERIFY2(store.update(acme, &error), qPrintable(error));
        WorkspaceStore reopened(path());
        QVERIFY(reopened.load(&error));
        QCOMPARE(reopened.findById(acme.id), acme);

        acme.name = u"GAMERS"_s;
        QVERIFY(!store.update(acme, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));

        Workspace stranger = Workspace::create(u"Stranger"_s, Provider::Beam);
        QVERIFY(!store.update(stranger, &error));
        QVERIFY2(error.contains(stranger.id), qPrintable(error));
    }

    void removeByNameReturnsTheRemovedWorkspace()
    {
        WorkspaceStore store(path());
        QString error;
        const Workspace acme = Workspace::create(u"Acme"_s, Provider::Heartbeat);
        QVERIFY(store.add(acme, &error));
        QVERIFY(store.add(Workspace::create(u"Gamers"_s, Provider::Beam), &error));

        const std::optional<Workspace> removed = store.removeByName(u"ACME"_s, &error);
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(*removed, acme);
        QVERIFY(!store.findById(acme.id));

        QVERIFY(!store.removeByName(u"Acme"_s, &error));
        QVERIFY2(error.contains(u"No workspace is named \"Acme\""_s), qPrintable(error));

        WorkspaceStore reopened(path());
        QVERIFY(reopened.load(&error));
        QCOMPARE(reopened.workspaces().size(), 1);
    }

    void loopbackHttpIsAllowedPlainHttpElsewhereIsNot()
    {
        WorkspaceStore store(path());
        QString error;
        Workspace local = forward(u"Local"_s);
        local.apiBaseUrl = QUrl(u"http://localhost:7678/forward"_s);
        QVERIFY2(store.add(local, &error), qPrintable(error));

        Workspace remote = forward(u"Remote"_s);
        remote.apiBaseUrl = QUrl(u"http://portal.example.com/api"_s);
        QVERIFY(!store.add(remote, &error));
        QVERIFY2(error.contains(u"API address uses plain http:// to portal.example.com"_s),
                 qPrintable(error));
        QVERIFY(!read(path()).contains("portal.example.com"));

        local.apiBaseUrl = QUrl(u"http://10.0.0.5:7678/forward"_s);
        QVERIFY(!store.update(local, &error));
        QVERIFY2(error.contains(u"plain http://"_s), qPrintable(error));
        QVERIFY(!read(path()).contains("10.0.0.5"));
    }

    void changesFromAnotherProcessAreKept()
    {
        QString error;
        WorkspaceStore first(path());
        WorkspaceStore second(path());
        QVERIFY(first.load(&error));
        QVERIFY(second.load(&error));
        QVERIFY(first.add(Workspace::create(u"Acme"_s, Provider::Heartbeat), &error));
        // `second` has not seen Acme, but a change re-reads the file before writing it.
        QVERIFY(!second.add(Workspace::create(u"acme"_s, Provider::Beam), &error));
        QVERIFY(second.add(Workspace::create(u"Gamers"_s, Provider::Beam), &error));
        QVERIFY(first.load(&error));
        QCOMPARE(first.workspaces().size(), 2);
    }

    void unreadableFilesAreReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = QJsonDocument(QJsonObject{
                                                   {u"format"_s, u"roster-workspaces"_s},
                                                   {u"version"_s, 1},
                                                   {u"workspaces"_s, QJsonArray()},
                                               })
                                     .toJson();
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("garbage") << "\x00\x01garbage"_ba << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("array") << "[]"_ba << u"does not hold a JSON object"_s;
        QTest::newRow("foreign") << "{\"workspaces\": []}"_ba << u"\"format\""_s;
        QTest::newRow("newer version")
            << QByteArray(valid).replace("\"version\": 1", "\"version\": 2") << u"version 2"_s;
        QTest::newRow("entry not an object")
            << QJsonDocument(QJsonObject{{u"format"_s, u"roster-workspaces"_s},
                                         {u"version"_s, 1},
                                         {u"workspaces"_s, QJsonArray{1}}})
                   .toJson()
            << u"not an object"_s;
        const QByteArray bad =
            QJsonDocument(QJsonObject{
                              {u"format"_s, u"roster-workspaces"_s},
                              {u"version"_s, 1},
                              {u"workspaces"_s, QJsonArray{QJsonObject{
                                                    {u"id"_s, Workspace::newId()},
                                                    {u"name"_s, u"Acme"_s},
                                                    {u"provider"_s, u"heartbeat"_s},
                                                    {u"apiBaseUrl"_s, u"http://evil.example"_s},
                                                    {u"requestBudget"_s, 10},
                                                }}},
                          })
                .toJson();
        QTest::newRow("invalid workspace") << bad << u"workspace \"Acme\": API address"_s;
        const QJsonObject one = WorkspaceJson::toJson(Workspace::create(u"Acme"_s, Provider::Beam));
        QJsonObject twin = WorkspaceJson::toJson(Workspace::create(u"ACME"_s, Provider::Beam));
        QTest::newRow("same name twice")
            << QJsonDocument(QJsonObject{{u"format"_s, u"roster-workspaces"_s},
                                         {u"version"_s, 1},
                                         {u"workspaces"_s, QJsonArray{one, twin}}})
                   .toJson()
            << u"appears twice"_s;
    }

    void unreadableFilesAreReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        write(path(), content);

        WorkspaceStore store(path());
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(path()), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(u"untouched"_s), qPrintable(error));

        // No change may replace it either.
        QVERIFY(!store.add(Workspace::create(u"Gamers"_s, Provider::Beam), &error));
        QVERIFY2(error.contains(path()), qPrintable(error));
        QVERIFY(!store.removeByName(u"Acme"_s, &error));
        QCOMPARE(read(path()), content);
        QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"workspaces.json"_s});
    }

    void writesAtomicallyAndLeavesNothingBehind()
    {
        WorkspaceStore store(path());
        QString error;
        QVERIFY(store.add(Workspace::create(u"Acme"_s, Provider::Heartbeat), &error));
        const QByteArray before = read(path());

        // A reader that opened the file before a change still reads the whole previous file: the
        // new one was written elsewhere and renamed over it, not rewritten in place.
        QFile reader(path());
        QVERIFY(reader.open(QIODevice::ReadOnly));
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.add(Workspace::create(u"Gamers %1"_s.arg(i), Provider::Beam), &error));
        QCOMPARE(reader.readAll(), before);

        const QDir directory(QFileInfo(path()).absolutePath());
        QCOMPARE(directory.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"workspaces.json"_s});
        WorkspaceStore reopened(path());
        QVERIFY(reopened.load(&error));
        QCOMPARE(reopened.workspaces().size(), 6);
    }

    void theFileHoldsNoKey()
    {
        WorkspaceStore store(path());
        QString error;
        Workspace heartbeat = Workspace::create(u"Acme"_s, Provider::Heartbeat);
        heartbeat.communityUrl = QUrl(u"https://acme.heartbeat.chat"_s);
        QVERIFY(store.add(heartbeat, &error));
        QVERIFY(store.add(forward(u"Portal"_s), &error));

        const QJsonArray list =
            QJsonDocument::fromJson(read(path())).object().value(u"workspaces"_s).toArray();
        const QStringList allowed{u"id"_s,         u"name"_s,         u"provider"_s,
                                  u"apiBaseUrl"_s, u"communityUrl"_s, u"requestBudget"_s};
        for (const QJsonValue &entry : list) {
            for (const QString &field : entry.toObject().keys())
                QVERIFY2(allowed.contains(field), qPrintable(field));
        }
        const QByteArray text = read(path()).toLower();
        QVERIFY(!text.contains("key"));
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspace_store.moc"
