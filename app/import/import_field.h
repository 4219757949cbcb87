#pragma once

#include "profile_field.h"

#include <QString>
#include <optional>

// What a CSV column can fill in a member. More can be added at the end.
enum class ImportField
{
    Email,
    Name, // the full name
    FirstName,
    LastName,
    Role,
    Groups,
    Bio,
    StatusLine,
    LinkedIn,
    Twitter,
    Instagram,
    Picture, // a picture file's path, relative to the CSV file's folder or absolute
    State    // the member's state the row asks for: active or deactivated (StateWords)
};

inline constexpr ImportField AllImportFields[] = {
    ImportField::Email,    ImportField::Name,    ImportField::FirstName, ImportField::LastName,
    ImportField::Role,     ImportField::Groups,  ImportField::Bio,       ImportField::StatusLine,
    ImportField::LinkedIn, ImportField::Twitter, ImportField::Instagram, ImportField::Picture,
    ImportField::State};

// The profile field an import field fills; None for State, which is no profile field.
ProfileField profileFieldOf(ImportField field);
// The field's ProfileFields::id(): "email", "name", "first-name", "last-name", "role", "groups",
// "bio", "status", "linkedin", "twitter", "instagram", "picture"; and "state"; for --map and
// --set.
QString importFieldId(ImportField field);
// "Email", "Full name", "First name", ...: for people, translated.
QString importFieldDisplayName(ImportField field);
// The field a word names: an id above, or any header spelling importFieldForHeader() knows.
std::optional<ImportField> importFieldFromText(QStringView text);

// A header name reduced for matching: case folded, accents dropped, and spaces, underscores,
// hyphens and dots removed ("E-mail address" -> "emailaddress", "Prénom" -> "prenom").
QString headerMatchKey(QStringView header);
// The field a header names in a common spelling, in English and a few other languages:
//   email:      Email, E-mail, Email address, Mail, E-mail-Adresse, Adresse e-mail, Courriel,
//               Correo electrónico, E-post
//   first name: First name, Firstname, Given name, Forename, First, Vorname, Prénom, Nombre,
//               Voornaam
//   last name:  Last name, Surname, Family name, Last, Nachname, Nom, Nom de famille, Apellido(s),
//               Achternaam
//   name:       Name, Full name, Display name, Member name, Nom complet, Nombre completo
//   role:       Role, Role name, Role ID, Rolle, Rôle, Rol
//   groups:     Groups, Group, Group names, Gruppen, Groupes, Grupos
//   bio:        Bio, About, About me, Biography, Biographie, Biografía
//   status:     Status, Status line, Status message, Headline, Tagline
//   linkedin:   LinkedIn, LinkedIn URL, LinkedIn profile
//   twitter:    Twitter, Twitter / X, X, X (Twitter), Twitter URL, X profile
//   instagram:  Instagram, Instagram URL, Instagram profile
//   picture:    Picture, Photo, Avatar, Profile picture, Profile photo, Image, Headshot, Foto,
//               Profilbild
//   state:      State, Action, Account status, Account state, Member status, Membership status,
//               Active, Kontostatus, Aktion
// ("Avatar URL" and the like, which a member export writes, name no field. "Status" is
// Heartbeat's status line; a column of states under that name is mapped to "state" by hand.)
std::optional<ImportField> importFieldForHeader(QStringView header);
