// SPDX-License-Identifier: GPL-3.0-or-later
// The step runner under every operation: steps run in order, each journaled; a step that did
// all the work (succeedSkippingRest) ends the operation as a success without running or
// announcing the rest; a failed step ends it with that step named; either way the journal and
// the instance's lock file are gone afterwards, so the next program may work on the instance.
#include "instance/InstanceSpec.h"
#include "operations/Journal.h"
#include "operations/Operation.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::operations;

namespace {

dd::instance::InstanceSpec specNamed(const QString &name)
{
    dd::instance::InstanceSpec spec;
    spec.id = QStringLiteral("7d1e0c4a-2222-4333-8444-555566667777");
    spec.name = name;
    return spec;
}

// Three steps; what the middle one does is the test's choice.
class ThreeSteps : public Operation
{
public:
    enum class Middle { Succeed, SucceedSkippingRest, Fail };
    ThreeSteps(const QString &journalDirectory, Middle middle)
        : Operation(newEntry(QStringLiteral("start"), specNamed(QStringLiteral("steps"))), journalDirectory, nullptr)
    {
        addStep(QStringLiteral("one"), QStringLiteral("One"), [this] { ran.append(QStringLiteral("one")); succeed(); });
        addStep(QStringLiteral("two"), QStringLiteral("Two"), [this, middle] {
            ran.append(QStringLiteral("two"));
            switch (middle) {
            case Middle::Succeed: succeed(); break;
            case Middle::SucceedSkippingRest: succeedSkippingRest(); break;
            case Middle::Fail: fail(OperationResult::failure(QStringLiteral("two broke"))); break;
            }
        });
        addStep(QStringLiteral("three"), QStringLiteral("Three"), [this] { ran.append(QStringLiteral("three")); succeed(); });
    }
    QStringList ran;
};

} // namespace

class TestOperationSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theMiddleStepDecidesHowFarItGoes_data()
    {
        QTest::addColumn<int>("middle");
        QTest::addColumn<QStringList>("ran");
        QTest::addColumn<QStringList>("announced");
        QTest::addColumn<bool>("ok");
        const QStringList all{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
        const QStringList two{QStringLiteral("one"), QStringLiteral("two")};
        QTest::newRow("every step") << int(ThreeSteps::Middle::Succeed) << all << all << true;
        QTest::newRow("the rest skipped") << int(ThreeSteps::Middle::SucceedSkippingRest) << two << two << true;
        QTest::newRow("a failure") << int(ThreeSteps::Middle::Fail) << two << two << false;
    }
    void theMiddleStepDecidesHowFarItGoes()
    {
        QFETCH(int, middle);
        QFETCH(QStringList, ran);
        QFETCH(QStringList, announced);
        QFETCH(bool, ok);
        QTemporaryDir journals;
        QVERIFY(journals.isValid());
        ThreeSteps operation(journals.path(), ThreeSteps::Middle(middle));
        QStringList started, finishedSteps;
        connect(&operation, &Operation::stepStarted, this, [&started](const QString &id, const QString &) { started.append(id); });
        connect(&operation, &Operation::stepFinished, this, [&finishedSteps](const QString &id) { finishedSteps.append(id); });
        QSignalSpy finished(&operation, &Operation::finished);
        operation.start();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<OperationResult>();
        QCOMPARE(result.ok, ok);
        QCOMPARE(operation.ran, ran);
        QCOMPARE(started, announced);
        if (ok) {
            QCOMPARE(finishedSteps, ran);
        } else {
            QCOMPARE(result.failedStep, QStringLiteral("two"));
            QCOMPARE(result.sentence, QStringLiteral("two broke"));
        }
        // Over either way: no journal to recover, and the lock is free for the next program.
        QVERIFY(!Journal(journals.path()).read(operation.journalEntry().instanceId).has_value());
        // (Checked on the file: inside one process the lock is re-entrant, so taking it proves nothing.)
        QVERIFY(!QFileInfo::exists(journals.path() + QLatin1Char('/') + operation.journalEntry().instanceId
                                   + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestOperationSteps)
#include "tst_operationsteps.moc"
