// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/SecretGenerator.h"

#include "secrets/SecretsTr.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace dd::secrets {

namespace {

const QLatin1StringView Upper("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QLatin1StringView Lower("abcdefghijklmnopqrstuvwxyz");
const QLatin1StringView Digits("0123456789");
const QLatin1StringView Symbols("-_.!@%^*+=");

QByteArray randomBytes(int count)
{
    QByteArray bytes(qMax(0, count), Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(rng->generate() & 0xff);
    return bytes;
}

// An index in [0, n) without modulo bias: bytes at or above the last multiple of n are drawn again.
int uniformIndex(int n)
{
    Q_ASSERT(n > 0 && n <= 256);
    const quint32 limit = 256 - (256 % quint32(n));
    for (;;) {
        const quint32 byte = QRandomGenerator::system()->generate() & 0xff;
        if (byte < limit)
            return int(byte % quint32(n));
    }
}

bool hasAll(const QString &password)
{
    bool upper = false, lower = false, digit = false, symbol = false;
    for (QChar c : password) {
        upper |= Upper.contains(c);
        lower |= Lower.contains(c);
        digit |= Digits.contains(c);
        symbol |= Symbols.contains(c);
    }
    return upper && lower && digit && symbol;
}

// Well-known passwords and the words this app's users are most likely to try. Compared after
// lower-casing, undoing common letter/digit swaps and dropping trailing digits and symbols,
// so "D1r3ctu5", "Password1!" and "admin2024" are caught too.
const QStringList &commonPasswords()
{
    static const QStringList list = {
        QStringLiteral("password"), QStringLiteral("passwort"), QStringLiteral("pass"),
        QStringLiteral("admin"), QStringLiteral("administrator"), QStringLiteral("directus"),
        QStringLiteral("root"), QStringLiteral("toor"), QStringLiteral("secret"), QStringLiteral("letmein"),
        QStringLiteral("welcome"), QStringLiteral("qwerty"), QStringLiteral("qwertz"), QStringLiteral("azerty"),
        QStringLiteral("123456"), QStringLiteral("12345678"), QStringLiteral("123456789"),
        QStringLiteral("1234567890"), QStringLiteral("abc123"), QStringLiteral("iloveyou"),
        QStringLiteral("changeme"), QStringLiteral("default"), QStringLiteral("test"), QStringLiteral("guest"),
        QStringLiteral("master"), QStringLiteral("dragon"), QStringLiteral("monkey"), QStringLiteral("football"),
        QStringLiteral("baseball"), QStringLiteral("sunshine"), QStringLiteral("princess"), QStringLiteral("login"),
        QStringLiteral("trustno"), QStringLiteral("postgres"), QStringLiteral("mysql"), QStringLiteral("user"),
        QStringLiteral("database"), QStringLiteral("docker"),
    };
    return list;
}

QString undoLeet(QString s)
{
    static const QList<std::pair<QChar, QChar>> swaps = {
        {u'0', u'o'}, {u'1', u'i'}, {u'3', u'e'}, {u'4', u'a'}, {u'5', u's'},
        {u'7', u't'}, {u'@', u'a'}, {u'$', u's'}, {u'!', u'i'},
    };
    for (const auto &[from, to] : swaps)
        s.replace(from, to);
    return s;
}

QString dropTrailingNonLetters(QString s)
{
    while (!s.isEmpty() && !s.back().isLetter())
        s.chop(1);
    return s;
}

QString dropTrailingSymbols(QString s)
{
    while (!s.isEmpty() && !s.back().isLetterOrNumber())
        s.chop(1);
    return s;
}

bool isCommon(const QString &password)
{
    const QString lower = password.toLower();
    // Symbols go first and digits may be letters in disguise ("D1R3CTU5!!"), or a suffix
    // ("admin2024"), so try both readings.
    for (const QString &base : {lower, dropTrailingSymbols(lower)}) {
        const QString candidates[] = {
            base,
            undoLeet(base),
            undoLeet(dropTrailingNonLetters(base)),
            dropTrailingNonLetters(undoLeet(base)),
        };
        for (const QString &c : candidates) {
            if (!c.isEmpty() && commonPasswords().contains(c))
                return true;
        }
    }
    return false;
}

// "abcdef", "654321", "qwerty...": every step is +1 / -1 in code points, or along a keyboard row.
bool isSequence(const QString &password)
{
    if (password.size() < 3)
        return false;
    const QString lower = password.toLower();
    int step = lower[1].unicode() - lower[0].unicode();
    bool alphabetical = step == 1 || step == -1;
    for (qsizetype i = 2; alphabetical && i < lower.size(); ++i)
        alphabetical = lower[i].unicode() - lower[i - 1].unicode() == step;
    if (alphabetical)
        return true;
    static const QLatin1StringView rows[] = {
        QLatin1StringView("qwertyuiop"), QLatin1StringView("asdfghjkl"), QLatin1StringView("zxcvbnm"),
        QLatin1StringView("1234567890"),
    };
    for (QLatin1StringView row : rows) {
        QString reversed(row);
        std::reverse(reversed.begin(), reversed.end());
        if (QString(row).contains(lower) || reversed.contains(lower))
            return true;
    }
    return false;
}

int poolSize(const QString &password)
{
    bool upper = false, lower = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return (upper ? 26 : 0) + (lower ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
}

} // namespace

QString SecretGenerator::generateToken(int bytes)
{
    return QString::fromLatin1(
        randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SecretGenerator::passwordAlphabet()
{
    return QString(Upper) + Lower + Digits + Symbols;
}

QString SecretGenerator::generatePassword(int length)
{
    const QString alphabet = passwordAlphabet();
    for (;;) {
        QString password;
        password.reserve(length);
        for (int i = 0; i < length; ++i)
            password.append(alphabet.at(uniformIndex(int(alphabet.size()))));
        // Drawing again (instead of forcing one character of each kind into a place) keeps every
        // allowed password equally likely; at length 24 a redraw happens about 1 time in 9.
        if (length < 4 || hasAll(password))
            return password;
    }
}

QString SecretGenerator::generateUuid()
{
    QByteArray bytes = randomBytes(16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);  // version 4: random
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);  // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

PasswordStrength SecretGenerator::evaluate(const QString &password)
{
    if (password.isEmpty())
        return {0, Tr::tr("Enter a password.")};
    if (isCommon(password)) {
        return {0, Tr::tr("This is one of the most common passwords; it is the first thing an attacker tries. "
                          "Use the generated password, or several unrelated words.")};
    }
    const QSet<QChar> distinct(password.cbegin(), password.cend());
    if (distinct.size() == 1)
        return {0, Tr::tr("One character repeated is guessed at once.")};
    if (isSequence(password))
        return {0, Tr::tr("A row of the keyboard or the alphabet is guessed at once.")};

    // Rough guesses needed: pool^length, with the length counted at most twice per distinct
    // character so "aaaaaaaabbbbbbbb" counts as short.
    const qsizetype effectiveLength = qMin(password.size(), 2 * distinct.size());
    const double bits = double(effectiveLength) * std::log2(double(poolSize(password)));

    if (password.size() < 8) {
        return {bits < 28 ? 0 : 1,
                Tr::tr("Too short: use at least 12 characters, better 16 or more.")};
    }
    if (bits < 36) {
        return {1, Tr::tr("Weak: it repeats characters or uses few kinds of them. Make it longer and mix "
                          "upper and lower case letters, digits and symbols.")};
    }
    if (bits < 60)
        return {2, Tr::tr("Fair: longer is stronger; 16 or more characters are hard to guess.")};
    if (bits < 80)
        return {3, Tr::tr("Good.")};
    return {4, Tr::tr("Strong.")};
}

} // namespace dd::secrets
