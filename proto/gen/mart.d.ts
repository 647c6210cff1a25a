import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mart. */
export namespace mart {

    /** Namespace events. */
    namespace events {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Envelope.
             * @deprecated Use mart.events.v1.Envelope.$Properties instead.
             */
            interface IEnvelope extends mart.events.v1.Envelope.$Properties {
            }

            /** Represents an Envelope. */
            class Envelope {

                /**
                 * Constructs a new Envelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.events.v1.Envelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelope eventId. */
                eventId: string;

                /** Envelope type. */
                type: string;

                /** Envelope occurredAt. */
                occurredAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Envelope source. */
                source: string;

                /** Envelope correlationId. */
                correlationId: string;

                /** Envelope payload. */
                payload: Uint8Array;

                /** Envelope causationId. */
                causationId: string;

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link mart.events.v1.Envelope.verify|verify} messages.
                 * @param message Envelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.events.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.events.v1.Envelope & mart.events.v1.Envelope.$Shape;

                /**
                 * Gets the type url for Envelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Envelope {

                /** Properties of an Envelope. */
                interface $Properties {

                    /** Envelope eventId */
                    eventId?: (string|null);

                    /** Envelope type */
                    type?: (string|null);

                    /** Envelope occurredAt */
                    occurredAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Envelope source */
                    source?: (string|null);

                    /** Envelope correlationId */
                    correlationId?: (string|null);

                    /** Envelope payload */
                    payload?: (Uint8Array|null);

                    /** Envelope causationId */
                    causationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Envelope. */
                type $Shape = mart.events.v1.Envelope.$Properties;
            }
        }
    }

    /** Namespace users. */
    namespace users {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a UserRegistered.
             * @deprecated Use mart.users.v1.UserRegistered.$Properties instead.
             */
            interface IUserRegistered extends mart.users.v1.UserRegistered.$Properties {
            }

            /** Represents a UserRegistered. */
            class UserRegistered {

                /**
                 * Constructs a new UserRegistered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserRegistered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRegistered userId. */
                userId: string;

                /** UserRegistered email. */
                email: string;

                /** UserRegistered name. */
                name: string;

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link mart.users.v1.UserRegistered.verify|verify} messages.
                 * @param message UserRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserRegistered & mart.users.v1.UserRegistered.$Shape;

                /**
                 * Gets the type url for UserRegistered
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserRegistered {

                /** Properties of a UserRegistered. */
                interface $Properties {

                    /** UserRegistered userId */
                    userId?: (string|null);

                    /** UserRegistered email */
                    email?: (string|null);

                    /** UserRegistered name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRegistered. */
                type $Shape = mart.users.v1.UserRegistered.$Properties;
            }

            /**
             * Properties of a UserProfileUpdated.
             * @deprecated Use mart.users.v1.UserProfileUpdated.$Properties instead.
             */
            interface IUserProfileUpdated extends mart.users.v1.UserProfileUpdated.$Properties {
            }

            /** Represents a UserProfileUpdated. */
            class UserProfileUpdated {

                /**
                 * Constructs a new UserProfileUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserProfileUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserProfileUpdated userId. */
                userId: string;

                /** UserProfileUpdated name. */
                name: string;

                /**
                 * Encodes the specified UserProfileUpdated message. Does not implicitly {@link mart.users.v1.UserProfileUpdated.verify|verify} messages.
                 * @param message UserProfileUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserProfileUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserProfileUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape} UserProfileUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserProfileUpdated & mart.users.v1.UserProfileUpdated.$Shape;

                /**
                 * Gets the type url for UserProfileUpdated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserProfileUpdated {

                /** Properties of a UserProfileUpdated. */
                interface $Properties {

                    /** UserProfileUpdated userId */
                    userId?: (string|null);

                    /** UserProfileUpdated name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserProfileUpdated. */
                type $Shape = mart.users.v1.UserProfileUpdated.$Properties;
            }

            /**
             * Properties of a UserPasswordChanged.
             * @deprecated Use mart.users.v1.UserPasswordChanged.$Properties instead.
             */
            interface IUserPasswordChanged extends mart.users.v1.UserPasswordChanged.$Properties {
            }

            /** Represents a UserPasswordChanged. */
            class UserPasswordChanged {

                /**
                 * Constructs a new UserPasswordChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.users.v1.UserPasswordChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserPasswordChanged userId. */
                userId: string;

                /**
                 * Encodes the specified UserPasswordChanged message. Does not implicitly {@link mart.users.v1.UserPasswordChanged.verify|verify} messages.
                 * @param message UserPasswordChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.users.v1.UserPasswordChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserPasswordChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape} UserPasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.users.v1.UserPasswordChanged & mart.users.v1.UserPasswordChanged.$Shape;

                /**
                 * Gets the type url for UserPasswordChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UserPasswordChanged {

                /** Properties of a UserPasswordChanged. */
                interface $Properties {

                    /** UserPasswordChanged userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserPasswordChanged. */
                type $Shape = mart.users.v1.UserPasswordChanged.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
