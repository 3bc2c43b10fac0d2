// SPDX-License-Identifier: GPL-3.0-or-later
// SecretGenerator: shapes and alphabets of generated secrets, uniqueness, and the password
// strength table the wizard shows.
#include "secrets/SecretGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace dd::secrets;

class TstSecretGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenLengthAndAlphabet_data();
    void tokenLengthAndAlphabet();
    void passwordLengthAndAlphabet_data();
    void passwordLengthAndAlphabet();
    void passwordAlphabetIsShellAndComposeSafe();
    void passwordHasEveryKindOfCharacter();
    void passwordUsesTheWholeAlphabet();
    void uuidIsVersion4();
    void tenThousandDrawsAreUnique();
    void strength_data();
    void strength();
    void generatedPasswordsAreStrong();
    void strengthIsDeterministic();
};

void TstSecretGenerator::tokenLengthAndAlphabet_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    // ceil(bytes * 4 / 3) characters once the padding is gone.
    QTest::newRow("default 32") << 32 << 43;
    QTest::newRow("1") << 1 << 2;
    QTest::newRow("2") << 2 << 3;
    QTest::newRow("3") << 3 << 4;
    QTest::newRow("64") << 64 << 86;
    QTest::newRow("0") << 0 << 0;
}

void TstSecretGenerator::tokenLengthAndAlphabet()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]*$"));
    for (int i = 0; i < 200; ++i) {
        const QString token = bytes == 32 ? SecretGenerator::generateToken() : SecretGenerator::generateToken(bytes);
        QCOMPARE(token.size(), length);
        QVERIFY2(urlSafe.match(token).hasMatch(), qPrintable(token));
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), bytes);
    }
}

void TstSecretGenerator::passwordLengthAndAlphabet_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("default 24") << 24;
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("12") << 12;
    QTest::newRow("64") << 64;
}

void TstSecretGenerator::passwordLengthAndAlphabet()
{
    QFETCH(int, length);
    const QString alphabet = SecretGenerator::passwordAlphabet();
    for (int i = 0; i < 500; ++i) {
        const QString password = length == 24 ? SecretGenerator::generatePassword()
                                              : SecretGenerator::generatePassword(length);
        QCOMPARE(password.size(), length);
        for (QChar c : password)
            QVERIFY2(alphabet.contains(c), qPrintable(password));
    }
}

void TstSecretGenerator::passwordAlphabetIsShellAndComposeSafe()
{
    const QString alphabet = SecretGenerator::passwordAlphabet();
    for (QChar bad : QStringLiteral("$'\"\\` #\t\n&;|<>(){}[]~,:/?"))
        QVERIFY2(!alphabet.contains(bad), qPrintable(QStringLiteral("alphabet contains '%1'").arg(bad)));
    QCOMPARE(QSet<QChar>(alphabet.cbegin(), alphabet.cend()).size(), alphabet.size());  // no duplicates: uniform draw
    QCOMPARE(alphabet.size(), 26 + 26 + 10 + 10);
}

void TstSecretGenerator::passwordHasEveryKindOfCharacter()
{
    static const QRegularExpression upper(QStringLiteral("[A-Z]")), lower(QStringLiteral("[a-z]")),
        digit(QStringLiteral("[0-9]")), symbol(QStringLiteral("[^A-Za-z0-9]"));
    for (int length : {4, 5, 8, 24}) {
        for (int i = 0; i < 2000; ++i) {
            const QString p = SecretGenerator::generatePassword(length);
            QVERIFY2(upper.match(p).hasMatch() && lower.match(p).hasMatch() && digit.match(p).hasMatch()
                         && symbol.match(p).hasMatch(),
                     qPrintable(p));
        }
    }
}

void TstSecretGenerator::passwordUsesTheWholeAlphabet()
{
    // 72 characters, 2000 x 24 draws: a character never drawn would mean a broken index.
    const QString alphabet = SecretGenerator::passwordAlphabet();
    QHash<QChar, int> counts;
    for (int i = 0; i < 2000; ++i) {
        for (QChar c : SecretGenerator::generatePassword())
            ++counts[c];
    }
    QCOMPARE(counts.size(), alphabet.size());
    // Expected ~667 each; bounds far outside chance but inside what a modulo bias or an
    // off-by-one would produce.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > 450 && it.value() < 900, qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
}

void TstSecretGenerator::uuidIsVersion4()
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 500; ++i) {
        const QString uuid = SecretGenerator::generateUuid();
        QVERIFY2(shape.match(uuid).hasMatch(), qPrintable(uuid));
        const QUuid parsed(uuid);
        QVERIFY(!parsed.isNull());
        QCOMPARE(parsed.version(), QUuid::Random);
        QCOMPARE(parsed.variant(), QUuid::DCE);
    }
}

void TstSecretGenerator::tenThousandDrawsAreUnique()
{
    constexpr int draws = 10000;
    QSet<QString> tokens, passwords, uuids, shortPasswords;
    for (int i = 0; i < draws; ++i) {
        tokens.insert(SecretGenerator::generateToken());
        passwords.insert(SecretGenerator::generatePassword());
        uuids.insert(SecretGenerator::generateUuid());
        // 8 characters from 72: ~49 bits, a collision in 10,000 draws has odds ~1e-7.
        shortPasswords.insert(SecretGenerator::generatePassword(8));
    }
    QCOMPARE(tokens.size(), draws);
    QCOMPARE(passwords.size(), draws);
    QCOMPARE(uuids.size(), draws);
    QCOMPARE(shortPasswords.size(), draws);
}

void TstSecretGenerator::strength_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << 0 << QStringLiteral("Enter a password");
    QTest::newRow("password") << QStringLiteral("password") << 0 << QStringLiteral("most common");
    QTest::newRow("Password1!") << QStringLiteral("Password1!") << 0 << QStringLiteral("most common");
    QTest::newRow("p@ssw0rd") << QStringLiteral("p@ssw0rd") << 0 << QStringLiteral("most common");
    QTest::newRow("admin") << QStringLiteral("admin") << 0 << QStringLiteral("most common");
    QTest::newRow("Admin2024") << QStringLiteral("Admin2024") << 0 << QStringLiteral("most common");
    QTest::newRow("directus") << QStringLiteral("directus") << 0 << QStringLiteral("most common");
    QTest::newRow("d1r3ctu5") << QStringLiteral("d1r3ctu5") << 0 << QStringLiteral("most common");
    QTest::newRow("D1R3CTU5!!") << QStringLiteral("D1R3CTU5!!") << 0 << QStringLiteral("most common");
    QTest::newRow("123456") << QStringLiteral("123456") << 0 << QStringLiteral("most common");
    QTest::newRow("aaaaaaaaaaaaaaaa") << QStringLiteral("aaaaaaaaaaaaaaaa") << 0 << QStringLiteral("repeated");
    QTest::newRow("abcdefghijkl") << QStringLiteral("abcdefghijkl") << 0 << QStringLiteral("row");
    QTest::newRow("987654321") << QStringLiteral("987654321") << 0 << QStringLiteral("row");
    QTest::newRow("asdfghjk") << QStringLiteral("asdfghjk") << 0 << QStringLiteral("row");
    QTest::newRow("short 5") << QStringLiteral("k9Tz") << 0 << QStringLiteral("Too short");
    QTest::newRow("short mixed 7") << QStringLiteral("Ab1!xyz") << 1 << QStringLiteral("Too short");
    QTest::newRow("two chars repeated") << QStringLiteral("aaaaaaaabbbbbbbb") << 1 << QStringLiteral("Weak");
    QTest::newRow("8 digits") << QStringLiteral("83920174") << 1 << QStringLiteral("Weak");
    QTest::newRow("8 lower") << QStringLiteral("hunterxq") << 2 << QStringLiteral("Fair");
    QTest::newRow("12 lower") << QStringLiteral("correcthorse") << 2 << QStringLiteral("Fair");
    QTest::newRow("12 mixed") << QStringLiteral("Tr0ub4dor&3x") << 3 << QStringLiteral("Good");
    QTest::newRow("16 mixed") << QStringLiteral("gT7-pq2.Lm9!vX4=") << 4 << QStringLiteral("Strong");
    QTest::newRow("passphrase") << QStringLiteral("correcthorsebatterystaple") << 4 << QStringLiteral("Strong");
}

void TstSecretGenerator::strength()
{
    QFETCH(QString, password);
    QFETCH(int, score);
    QFETCH(QString, reasonContains);
    const PasswordStrength s = SecretGenerator::evaluate(password);
    QCOMPARE(s.score, score);
    QVERIFY2(s.reason.contains(reasonContains), qPrintable(s.reason));
}

void TstSecretGenerator::generatedPasswordsAreStrong()
{
    for (int i = 0; i < 1000; ++i) {
        const QString p = SecretGenerator::generatePassword();
        QVERIFY2(SecretGenerator::evaluate(p).score == 4, qPrintable(p));
    }
}

void TstSecretGenerator::strengthIsDeterministic()
{
    const QString p = QStringLiteral("Tr0ub4dor&3x");
    const PasswordStrength first = SecretGenerator::evaluate(p);
    for (int i = 0; i < 10; ++i) {
        const PasswordStrength again = SecretGenerator::evaluate(p);
        QCOMPARE(again.score, first.score);
        QCOMPARE(again.reason, first.reason);
    }
}

QTEST_MAIN(TstSecretGenerator)
#include "tst_secretgenerator.moc"
