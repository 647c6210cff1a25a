import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mart. */
export namespace mart {

    /** Namespace catalog. */
    namespace catalog {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ProductCreated.
             * @deprecated Use mart.catalog.v1.ProductCreated.$Properties instead.
             */
            interface IProductCreated extends mart.catalog.v1.ProductCreated.$Properties {
            }

            /** Represents a ProductCreated. */
            class ProductCreated {

                /**
                 * Constructs a new ProductCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductCreated product. */
                product?: (mart.catalog.v1.Product.$Properties|null);

                /**
                 * Encodes the specified ProductCreated message. Does not implicitly {@link mart.catalog.v1.ProductCreated.verify|verify} messages.
                 * @param message ProductCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape} ProductCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductCreated & mart.catalog.v1.ProductCreated.$Shape;

                /**
                 * Gets the type url for ProductCreated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductCreated {

                /** Properties of a ProductCreated. */
                interface $Properties {

                    /** ProductCreated product */
                    product?: (mart.catalog.v1.Product.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductCreated. */
                type $Shape = mart.catalog.v1.ProductCreated.$Properties;
            }

            /**
             * Properties of a ProductUpdated.
             * @deprecated Use mart.catalog.v1.ProductUpdated.$Properties instead.
             */
            interface IProductUpdated extends mart.catalog.v1.ProductUpdated.$Properties {
            }

            /** Represents a ProductUpdated. */
            class ProductUpdated {

                /**
                 * Constructs a new ProductUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductUpdated product. */
                product?: (mart.catalog.v1.Product.$Properties|null);

                /**
                 * Encodes the specified ProductUpdated message. Does not implicitly {@link mart.catalog.v1.ProductUpdated.verify|verify} messages.
                 * @param message ProductUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape} ProductUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductUpdated & mart.catalog.v1.ProductUpdated.$Shape;

                /**
                 * Gets the type url for ProductUpdated
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductUpdated {

                /** Properties of a ProductUpdated. */
                interface $Properties {

                    /** ProductUpdated product */
                    product?: (mart.catalog.v1.Product.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductUpdated. */
                type $Shape = mart.catalog.v1.ProductUpdated.$Properties;
            }

            /**
             * Properties of a ProductArchived.
             * @deprecated Use mart.catalog.v1.ProductArchived.$Properties instead.
             */
            interface IProductArchived extends mart.catalog.v1.ProductArchived.$Properties {
            }

            /** Represents a ProductArchived. */
            class ProductArchived {

                /**
                 * Constructs a new ProductArchived.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.ProductArchived.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProductArchived productId. */
                productId: string;

                /**
                 * Encodes the specified ProductArchived message. Does not implicitly {@link mart.catalog.v1.ProductArchived.verify|verify} messages.
                 * @param message ProductArchived message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.ProductArchived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProductArchived message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape} ProductArchived
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.ProductArchived & mart.catalog.v1.ProductArchived.$Shape;

                /**
                 * Gets the type url for ProductArchived
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProductArchived {

                /** Properties of a ProductArchived. */
                interface $Properties {

                    /** ProductArchived productId */
                    productId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProductArchived. */
                type $Shape = mart.catalog.v1.ProductArchived.$Properties;
            }

            /**
             * Properties of a Product.
             * @deprecated Use mart.catalog.v1.Product.$Properties instead.
             */
            interface IProduct extends mart.catalog.v1.Product.$Properties {
            }

            /** Represents a Product. */
            class Product {

                /**
                 * Constructs a new Product.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.catalog.v1.Product.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Product productId. */
                productId: string;

                /** Product sku. */
                sku: string;

                /** Product name. */
                name: string;

                /** Product description. */
                description: string;

                /** Product priceAmount. */
                priceAmount: (number|Long);

                /** Product priceCurrency. */
                priceCurrency: string;

                /** Product categoryId. */
                categoryId: string;

                /** Product images. */
                images: string[];

                /**
                 * Encodes the specified Product message. Does not implicitly {@link mart.catalog.v1.Product.verify|verify} messages.
                 * @param message Product message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.catalog.v1.Product.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Product message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape} Product
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.catalog.v1.Product & mart.catalog.v1.Product.$Shape;

                /**
                 * Gets the type url for Product
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Product {

                /** Properties of a Product. */
                interface $Properties {

                    /** Product productId */
                    productId?: (string|null);

                    /** Product sku */
                    sku?: (string|null);

                    /** Product name */
                    name?: (string|null);

                    /** Product description */
                    description?: (string|null);

                    /** Product priceAmount */
                    priceAmount?: (number|Long|null);

                    /** Product priceCurrency */
                    priceCurrency?: (string|null);

                    /** Product categoryId */
                    categoryId?: (string|null);

                    /** Product images */
                    images?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Product. */
                type $Shape = mart.catalog.v1.Product.$Properties;
            }
        }
    }

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

    /** Namespace inventory. */
    namespace inventory {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a StockLevelChanged.
             * @deprecated Use mart.inventory.v1.StockLevelChanged.$Properties instead.
             */
            interface IStockLevelChanged extends mart.inventory.v1.StockLevelChanged.$Properties {
            }

            /** Represents a StockLevelChanged. */
            class StockLevelChanged {

                /**
                 * Constructs a new StockLevelChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.inventory.v1.StockLevelChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockLevelChanged productId. */
                productId: string;

                /** StockLevelChanged onHand. */
                onHand: number;

                /** StockLevelChanged reserved. */
                reserved: number;

                /** StockLevelChanged available. */
                available: number;

                /** StockLevelChanged lowStockThreshold. */
                lowStockThreshold: number;

                /** StockLevelChanged version. */
                version: number;

                /** StockLevelChanged delta. */
                delta: number;

                /** StockLevelChanged reason. */
                reason: string;

                /**
                 * Encodes the specified StockLevelChanged message. Does not implicitly {@link mart.inventory.v1.StockLevelChanged.verify|verify} messages.
                 * @param message StockLevelChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.inventory.v1.StockLevelChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockLevelChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape} StockLevelChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.inventory.v1.StockLevelChanged & mart.inventory.v1.StockLevelChanged.$Shape;

                /**
                 * Gets the type url for StockLevelChanged
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StockLevelChanged {

                /** Properties of a StockLevelChanged. */
                interface $Properties {

                    /** StockLevelChanged productId */
                    productId?: (string|null);

                    /** StockLevelChanged onHand */
                    onHand?: (number|null);

                    /** StockLevelChanged reserved */
                    reserved?: (number|null);

                    /** StockLevelChanged available */
                    available?: (number|null);

                    /** StockLevelChanged lowStockThreshold */
                    lowStockThreshold?: (number|null);

                    /** StockLevelChanged version */
                    version?: (number|null);

                    /** StockLevelChanged delta */
                    delta?: (number|null);

                    /** StockLevelChanged reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockLevelChanged. */
                type $Shape = mart.inventory.v1.StockLevelChanged.$Properties;
            }

            /**
             * Properties of a StockLow.
             * @deprecated Use mart.inventory.v1.StockLow.$Properties instead.
             */
            interface IStockLow extends mart.inventory.v1.StockLow.$Properties {
            }

            /** Represents a StockLow. */
            class StockLow {

                /**
                 * Constructs a new StockLow.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mart.inventory.v1.StockLow.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockLow productId. */
                productId: string;

                /** StockLow available. */
                available: number;

                /** StockLow lowStockThreshold. */
                lowStockThreshold: number;

                /**
                 * Encodes the specified StockLow message. Does not implicitly {@link mart.inventory.v1.StockLow.verify|verify} messages.
                 * @param message StockLow message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mart.inventory.v1.StockLow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockLow message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape} StockLow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mart.inventory.v1.StockLow & mart.inventory.v1.StockLow.$Shape;

                /**
                 * Gets the type url for StockLow
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StockLow {

                /** Properties of a StockLow. */
                interface $Properties {

                    /** StockLow productId */
                    productId?: (string|null);

                    /** StockLow available */
                    available?: (number|null);

                    /** StockLow lowStockThreshold */
                    lowStockThreshold?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockLow. */
                type $Shape = mart.inventory.v1.StockLow.$Properties;
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
