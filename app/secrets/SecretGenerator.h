// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::secrets {

// How good a password looks, for the wizard to show next to the field.
struct PasswordStrength
{
    int score = 0;   // 0 (guessed at once) .. 4 (strong)
    QString reason;  // one sentence for a person: the main weakness, or why it is fine
};

// Secrets drawn from the operating system's CSPRNG (QRandomGenerator::system()), never from a
// seeded generator, and a simple, deterministic strength check for passwords people type.
class SecretGenerator
{
public:
    // `bytes` random bytes as URL-safe base64 without padding: for Directus KEY and SECRET.
    static QString generateToken(int bytes = 32);

    // Drawn from passwordAlphabet(), with at least one upper case letter, lower case letter,
    // digit and symbol when length >= 4.
    static QString generatePassword(int length = 24);

    // A random (version 4) UUID without braces: the form Directus examples use for KEY.
    static QString generateUuid();

    // Letters, digits and -_.!@%^*+= . No '$' (compose interpolation), quotes, backslash, '#',
    // spaces or backtick, so a generated password survives a compose file, an .env file and a
    // double-quoted shell word unchanged.
    static QString passwordAlphabet();

    static PasswordStrength evaluate(const QString &password);
};

} // namespace dd::secrets
