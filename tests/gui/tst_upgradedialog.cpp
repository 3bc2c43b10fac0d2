// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade dialog's choice page, offscreen and without an engine: the targets from a tag
// catalog (the recommended one preselected, pre-releases hidden), the reason a typed version
// cannot be used (downgrade, floating tag, not a version) with Upgrade disabled, the version
// rules' changes in plain words, and what an unreadable catalog says. Screenshots in light and
// dark palettes under <build>/screenshots/.
#include "GuiTestKit.h"
#include "instance/InstanceSpec.h"
#include "registry/TagCatalog.h"
#include "upgrade/UpgradeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace dd;

class TestUpgradeDialog : public QObject
{
    Q_OBJECT

    static instance::InstanceSpec specAt(const QString &tag)
    {
        instance::InstanceSpec spec = instance::InstanceSpec::create(QStringLiteral("shop"));
        spec.imageTag = tag;
        spec.adminEmail = QStringLiteral("admin@example.com");
        return spec;
    }
    static registry::CatalogResult catalog(const QStringList &tags)
    {
        registry::CatalogResult result;
        result.catalog = registry::TagCatalog(instance::ProductLine::Directus, tags);
        return result;
    }
    static QStringList listed(const ui::UpgradeDialog &dialog)
    {
        QStringList texts;
        for (int i = 0; i < dialog.targets()->count(); ++i)
            texts << dialog.targets()->item(i)->text();
        return texts;
    }

private Q_SLOTS:
    void targetsFromTheCatalog()
    {
        ui::UpgradeDialog dialog({}, specAt(QStringLiteral("9.26.0")), QStringLiteral("/backups"));
        dialog.setCatalog(catalog({QStringLiteral("9.26.0"), QStringLiteral("10.13.4"), QStringLiteral("11.1.2"),
                                   QStringLiteral("10.99.0-broken"), QStringLiteral("latest")}));
        const QStringList texts = listed(dialog);
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0).startsWith(QLatin1String("10.13.4")) && texts.at(0).contains(QLatin1String("recommended")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.at(1).startsWith(QLatin1String("11.1.2")));
        QVERIFY(!texts.join(QString()).contains(QLatin1String("broken")));
        QCOMPARE(dialog.chosenTag(), QStringLiteral("10.13.4"));
        QVERIFY(dialog.upgradeButton()->isEnabled());
        QVERIFY2(dialog.changes()->text().contains(QLatin1String("icen")), qPrintable(dialog.changes()->text()));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::saveShot(&dialog, QStringLiteral("upgrade-choose-light"));
        QApplication::setPalette(test::darkPalette());
        test::saveShot(&dialog, QStringLiteral("upgrade-choose-dark"));
        QApplication::setPalette(QPalette());
    }

    void typedVersionIsChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reason");
        QTest::newRow("older") << "9.0.0" << "cannot go back";
        QTest::newRow("same") << "10.13.4" << "already runs";
        QTest::newRow("floating") << "11" << "exact version";
        QTest::newRow("not a version") << "banana" << "not a Directus version";
    }
    void typedVersionIsChecked()
    {
        QFETCH(QString, typed);
        QFETCH(QString, reason);
        ui::UpgradeDialog dialog({}, specAt(QStringLiteral("10.13.4")), QStringLiteral("/backups"));
        dialog.setCatalog(catalog({QStringLiteral("10.13.4"), QStringLiteral("11.1.2")}));
        QVERIFY(dialog.upgradeButton()->isEnabled());
        dialog.show();
        dialog.otherTag()->setFocus();
        QTest::keyClicks(dialog.otherTag(), typed);
        QVERIFY2(dialog.reason()->text().contains(reason), qPrintable(dialog.reason()->text()));
        QVERIFY(!dialog.upgradeButton()->isEnabled());
        // A good typed version is accepted.
        dialog.otherTag()->clear();
        QTest::keyClicks(dialog.otherTag(), QStringLiteral("11.1.2"));
        QVERIFY(dialog.upgradeButton()->isEnabled());
        QCOMPARE(dialog.chosenTag(), QStringLiteral("11.1.2"));
    }

    // The person types a version before the registry's list arrives: the list must not replace it
    // with its recommendation (seen in a real upgrade once the registry held a newer 11.x).
    void lateCatalogKeepsTheTypedVersion()
    {
        ui::UpgradeDialog dialog({}, specAt(QStringLiteral("10.13.4")), QStringLiteral("/backups"));
        dialog.otherTag()->setFocus();
        QTest::keyClicks(dialog.otherTag(), QStringLiteral("11.1.2"));
        dialog.setCatalog(catalog({QStringLiteral("10.13.4"), QStringLiteral("11.1.2"), QStringLiteral("11.17.4")}));
        QCOMPARE(dialog.otherTag()->text(), QStringLiteral("11.1.2"));
        QCOMPARE(dialog.chosenTag(), QStringLiteral("11.1.2"));
        // Without a typed version the recommendation is chosen, as before.
        ui::UpgradeDialog fresh({}, specAt(QStringLiteral("10.13.4")), QStringLiteral("/backups"));
        fresh.setCatalog(catalog({QStringLiteral("10.13.4"), QStringLiteral("11.1.2"), QStringLiteral("11.17.4")}));
        QCOMPARE(fresh.chosenTag(), QStringLiteral("11.17.4"));
    }

    void unreadableCatalogSaysSo()
    {
        ui::UpgradeDialog dialog({}, specAt(QStringLiteral("10.13.4")), QStringLiteral("/backups"));
        registry::CatalogResult failed;
        failed.error = registry::RegistryError::make(registry::RegistryError::Kind::Offline, QStringLiteral("no network"));
        dialog.setCatalog(failed);
        QCOMPARE(dialog.targets()->count(), 0);
        QVERIFY(!dialog.upgradeButton()->isEnabled());
        const auto labels = dialog.findChildren<QLabel *>();
        bool said = false;
        for (const QLabel *label : labels)
            said = said || label->text().contains(QLatin1String("cannot be read"));
        QVERIFY(said);
    }

    void nothingNewer()
    {
        ui::UpgradeDialog dialog({}, specAt(QStringLiteral("11.1.2")), QStringLiteral("/backups"));
        dialog.setCatalog(catalog({QStringLiteral("10.13.4"), QStringLiteral("11.1.2")}));
        QCOMPARE(dialog.targets()->count(), 0);
        QVERIFY(!dialog.upgradeButton()->isEnabled());
    }
};

QTEST_MAIN(TestUpgradeDialog)
#include "tst_upgradedialog.moc"
